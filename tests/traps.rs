//! Regression fixtures for known parser traps, made at test time: the
//! front-matter fences (the huge files, lines and folders are in the
//! end-to-end tier).

mod common;

use brief::model::Severity;
use common::write;

#[test]
fn fence_traps() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "bom.md",
        b"\xEF\xBB\xBF+++\ntitle = \"After a BOM\"\ndate = 2022-01-01\n+++\nBody.".as_slice(),
    );
    write(
        d,
        "crlf.md",
        "+++\r\ntitle = \"CRLF\"\r\ndate = 2022-01-02\r\n+++\r\nBody.\r\n",
    );
    write(
        d,
        "spaces.md",
        "+++  \t\ntitle = \"Spaces\"\ndate = 2022-01-03\n+++   \nBody.",
    );
    write(d, "four.md", "++++\ntitle = \"Not a fence\"\n++++\nBody.");
    write(
        d,
        "inner.md",
        "+++\ntitle = \"Inner\"\ndate = 2022-01-04\n+++\nBody.\n\n+++\n\nStill body.",
    );
    write(
        d,
        "deep.md",
        format!(
            "+++\ntitle = \"Deep\"\nx = {}\n+++\nBody survives.",
            "[".repeat(10_000)
        ),
    );
    write(
        d,
        "dashes.md",
        format!(
            "+++\ntitle = \"Dashes\"\na={}\n+++\nBody survives.",
            "-".repeat(8_100)
        ),
    );
    let store = brief::library::open_in_memory(&[d.to_path_buf()]);
    let get = |id: &str| store.whole(store.find_id(id).unwrap()).unwrap();
    assert_eq!(get("bom").title, "After a BOM");
    assert!(
        get("bom").diagnostics.is_empty(),
        "{:?}",
        get("bom").diagnostics
    );
    assert_eq!(get("crlf").title, "CRLF");
    assert_eq!(get("spaces").title, "Spaces");
    assert_eq!(get("four").paragraphs.len(), 1, "++++ is text");
    assert_eq!(get("inner").paragraphs, ["Body.", "+++", "Still body."]);
    for id in ["deep", "dashes"] {
        let b = get(id);
        assert_eq!(b.paragraphs, ["Body survives."], "{id}");
        assert!(
            b.diagnostics.iter().any(|d| d.severity == Severity::Error),
            "{id}: an error with its position"
        );
    }
}
