//! Files replaced atomically: written beside their final path, fsynced, renamed over it. Readers,
//! and a crash at any moment, see the old file or the whole new one (the GIS layers, maps).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};

/// A file written beside its final path (`.NAME.XXXXXX.incmap-tmp`) that replaces it only on
/// [`AtomicFile::commit`]: fsync, rename, fsync of the folder. Readers, and a crash at any moment,
/// see the old file or the whole new one; dropped without a commit, it leaves nothing. The new
/// file keeps the mode of the one it replaces, or a plain file's (a temp file is private, 0600).
pub struct AtomicFile {
    path: PathBuf,
    out: BufWriter<tempfile::NamedTempFile>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let dir = parent_dir(path);
        let (prefix, suffix) = temp_affixes(path);
        let tmp = tempfile::Builder::new()
            .prefix(&prefix)
            .suffix(suffix)
            .tempfile_in(&dir)
            .with_context(|| format!("{}: cannot write", dir.display()))?;
        Ok(AtomicFile { path: path.to_path_buf(), out: BufWriter::new(tmp) })
    }

    /// A reader of what has been written so far (flush first).
    pub fn reopen(&self) -> Result<File> {
        self.out.get_ref().reopen().with_context(|| format!("{}: cannot read back", self.path.display()))
    }

    pub fn commit(self) -> Result<()> {
        let path = self.path;
        let what = || format!("{}: cannot write", path.display());
        let tmp = self.out.into_inner().map_err(|e| e.into_error()).with_context(what)?;
        let mode = std::fs::metadata(&path).map(|m| m.permissions()).ok().or_else(plain_file_permissions);
        mode.map_or(Ok(()), |m| tmp.as_file().set_permissions(m))
            .and_then(|_| tmp.as_file().sync_all())
            .with_context(what)?;
        tmp.persist(&path).map_err(|e| anyhow!("{}: cannot replace: {}", path.display(), e.error))?;
        // The rename is durable once the folder is synced (not possible on every platform).
        if let Ok(d) = File::open(parent_dir(&path)) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.out.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// Writes a whole file atomically (see [`AtomicFile`]): a reader never sees half a layer or map.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes).with_context(|| format!("{}: cannot write", path.display()))?;
    file.commit()
}

#[cfg(unix)]
fn plain_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn plain_file_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Temp files are `.NAME.XXXXXX.incmap-tmp` next to the store, so leftovers are recognisable.
fn temp_affixes(path: &Path) -> (String, &'static str) {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    (format!(".{name}."), ".incmap-tmp")
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}
