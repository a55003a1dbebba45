//! `incmap extract FILE...`: one FeatureCollection for all inputs; unreadable files fail with their name.

use std::process::Command;

fn incmap() -> Command {
    Command::new(env!("CARGO_BIN_EXE_incmap"))
}

#[test]
fn one_feature_collection_for_all_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, " date 2021-02-16 Three rockets hit Erbil airport late Monday, killing one contractor.")
        .unwrap();
    // Not UTF-8: read as Windows-1252, as ingest reads it.
    std::fs::write(&b, b" date 2021-04-15 A drone hit Kirkuk airport on Wednesday. \xff\xfe").unwrap();
    let out = incmap().arg("extract").arg(&a).arg(&b).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let features = v["features"].as_array().unwrap();
    assert_eq!(features.len(), 2, "{v:#}");
    assert_eq!(features[0]["properties"]["source"], a.display().to_string());
    assert_eq!(features[0]["properties"]["date"], "2021-02-15");
    assert_eq!(features[0]["properties"]["killed"], 1);
    assert_eq!(features[1]["properties"]["weapon"], "drone");
    assert_eq!(features[1]["properties"]["date"], "2021-04-14");
}

#[test]
fn unreadable_file_is_a_one_line_error_naming_it() {
    let out = incmap().args(["extract", "/nonexistent/article.txt"]).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/article.txt"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn text_copied_with_its_paragraph_tags_reads_as_paragraphs() {
    // Read as one sentence, the last paragraph's "on Sunday" dated the attack told first.
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(
        &a,
        " date 2023-03-09 <p>A drone attack shut the Khor Mor gas field, its operator said on Wednesday.</p>\
         <p>Guards fired at another drone near the field late on Sunday &amp; downed it.</p>",
    )
    .unwrap();
    let out = incmap().arg("extract").arg(&a).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &v["features"][0]["properties"];
    assert_eq!(first["place"], "Khor Mor gas field", "{v:#}");
    assert_eq!(first["date"], "2023-03-08", "{v:#}");
    let evidence = first["evidence"].as_str().unwrap_or_default();
    assert!(!evidence.contains("<p>") && !evidence.contains("&amp;"), "{evidence}");
}
