//! `incmap map` writes the overview map and one map per cluster of incidents beside the GIS layers.

use std::path::Path;
use std::process::Command;

fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "{}: not a PNG", path.display());
    let img = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (img.width(), img.height())
}

#[test]
fn map_writes_an_overview_and_a_map_per_cluster() {
    let out = tempfile::tempdir().unwrap();
    let maps = out.path().join("maps");
    // A map left from an earlier run whose cluster is gone.
    std::fs::create_dir_all(&maps).unwrap();
    std::fs::write(maps.join("gone.png"), b"old").unwrap();

    let reports = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/reports");
    let run = Command::new(env!("CARGO_BIN_EXE_incmap"))
        .arg("map")
        .arg(&reports)
        .arg("--out-dir")
        .arg(out.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");

    let overview = out.path().join("map.png");
    assert_eq!(png_size(&overview), (1600, 1000));
    assert!(stderr.contains(&format!("wrote {}", overview.display())), "{stderr}");

    let mut written: Vec<_> = std::fs::read_dir(&maps).unwrap().map(|e| e.unwrap().path()).collect();
    written.sort();
    let names: Vec<String> = written.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert!(!names.contains(&"gone.png".to_string()), "stale map kept: {names:?}");
    // The sample reports cover attacks at Erbil, Al Asad and Camp Taji among others, far apart.
    assert!(written.len() >= 3, "{names:?}");
    for n in ["erbil.png", "al-asad-air-base.png", "camp-taji.png"] {
        assert!(names.iter().any(|x| x == n), "no {n} in {names:?}");
    }
    for p in &written {
        assert_eq!(png_size(p), (1600, 1000));
        assert!(stderr.contains(&format!("wrote {}", p.display())), "{} not reported: {stderr}", p.display());
    }

    // Running again on the same reports adds nothing and writes the same maps.
    let again = Command::new(env!("CARGO_BIN_EXE_incmap"))
        .arg("map")
        .arg(&reports)
        .arg("--out-dir")
        .arg(out.path())
        .output()
        .unwrap();
    assert!(again.status.success());
    let mut second: Vec<_> = std::fs::read_dir(&maps).unwrap().map(|e| e.unwrap().path()).collect();
    second.sort();
    assert_eq!(second, written);
}
