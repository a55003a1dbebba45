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

/// Runs `incmap map` with no arguments in `dir`, as a user would from the repository root.
fn map_in(dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_incmap")).arg("map").current_dir(dir).output().unwrap()
}

#[test]
fn map_writes_an_overview_and_a_map_per_cluster() {
    let root = tempfile::tempdir().unwrap();
    let reports = root.path().join("examples/reports");
    std::fs::create_dir_all(&reports).unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/reports");
    for e in std::fs::read_dir(&shipped).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), reports.join(e.file_name())).unwrap();
    }
    let out = root.path().join("output");
    let maps = out.join("maps");
    // A map left from an earlier run whose cluster is gone.
    std::fs::create_dir_all(&maps).unwrap();
    std::fs::write(maps.join("gone.png"), b"old").unwrap();

    let run = map_in(root.path());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");

    let overview = Path::new("output/map.png");
    assert_eq!(png_size(&root.path().join(overview)), (1600, 1000));
    assert!(stderr.contains(&format!("wrote {}", overview.display())), "{stderr}");

    // The timeline beside the map.
    let timeline = Path::new("output/timeline.png");
    assert_eq!(png_size(&root.path().join(timeline)), (1600, 900));
    // The sample reports tell 13 attacks: the 8 January 2020 missiles struck Ain al-Asad and Erbil.
    assert!(stderr.contains(&format!("wrote {} (13 incidents in", timeline.display())), "{stderr}");

    let mut names: Vec<String> =
        std::fs::read_dir(&maps).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert!(!names.contains(&"gone.png".to_string()), "stale map kept: {names:?}");
    // The sample reports cover attacks at Erbil, Al Asad and Camp Taji among others, far apart.
    for n in ["erbil.png", "al-asad-air-base.png", "camp-taji.png"] {
        assert!(names.iter().any(|x| x == n), "no {n} in {names:?}");
    }
    for n in &names {
        assert_eq!(png_size(&maps.join(n)), (1600, 1000));
        assert!(stderr.contains(&format!("wrote output/maps/{n}")), "{n} not reported: {stderr}");
    }

    // Running again on the same reports adds nothing and writes the same maps.
    let again = map_in(root.path());
    assert!(again.status.success());
    let mut second: Vec<String> =
        std::fs::read_dir(&maps).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    second.sort();
    assert_eq!(second, names);
}
