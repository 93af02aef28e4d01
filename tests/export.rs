//! `brief export` as CSV and JSON Lines, and to a file, parsed back and compared with what
//! `brief list --json`, `brief show --json` and `brief quotes --json` say
//! about the same query.

mod common;

use brief::text::sanitize;
use common::export::*;
use common::*;

#[test]
fn json_agrees_with_list_show_and_quotes() {
    for (dir, query, _keep) in cases() {
        let listed = json_of(&["list", "--json", "-q", query], &dir);
        let exported = json_lines(&export(&dir, query, "json", false));
        assert_eq!(exported.len(), listed.len());
        assert!(!exported.is_empty());
        for (e, l) in exported.iter().zip(&listed) {
            for (key, value) in l.as_object().unwrap() {
                assert_eq!(&e[key], value, "{key}");
            }
            let id = e["id"].as_str().unwrap();
            assert_eq!(e["body"], serde_json::json!(body(&dir, id)));
            for key in ["url", "summary"] {
                assert!(e.get(key).is_some(), "{key}");
            }
        }
        let quoted = json_of(&["quotes", "--json", "-q", query], &dir);
        let exported = json_lines(&export(&dir, query, "json", true));
        assert_eq!(exported.len(), quoted.len());
        for (e, q) in exported.iter().zip(&quoted) {
            for (key, value) in q.as_object().unwrap() {
                assert_eq!(&e[key], value, "{key}");
            }
            assert!(e["paragraph"].is_u64() && e["tags"].is_array());
        }
    }
}

#[test]
fn csv_is_rfc_4180_and_agrees_with_list() {
    for (dir, query, _keep) in cases() {
        let out = export(&dir, query, "csv", false);
        assert!(out.starts_with("id,date,source,url,tags,title,priority,path,summary,body\r\n"));
        assert!(out.ends_with("\r\n"));
        assert!(
            !out.chars()
                .any(|c| c.is_control() && c != '\r' && c != '\n')
        );
        let mut reader = csv::Reader::from_reader(out.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let listed = json_of(&["list", "--json", "-q", query], &dir);
        assert_eq!(rows.len(), listed.len());
        for (row, l) in rows.iter().zip(&listed) {
            for (i, key) in ["id", "date", "source"].into_iter().enumerate() {
                assert_eq!(row[i], sanitize(&text(&l[key])), "{key}");
            }
            assert_eq!(row[4], sanitize(&text(&l["tags"])));
            assert_eq!(row[5], sanitize(&text(&l["title"])));
            assert_eq!(row[6], text(&l["priority"]));
            assert_eq!(row[7], sanitize(&text(&l["path"])));
            let paragraphs: Vec<String> = body(&dir, &row[0])
                .iter()
                .map(|p| sanitize(p).into_owned())
                .collect();
            assert_eq!(row[9], paragraphs.join("\n\n"));
        }

        let out = export(&dir, query, "csv", true);
        let mut reader = csv::Reader::from_reader(out.as_bytes());
        let header: Vec<&str> = reader
            .headers()
            .unwrap()
            .iter()
            .collect::<Vec<_>>()
            .to_vec();
        assert_eq!(
            header,
            [
                "id",
                "date",
                "source",
                "url",
                "tags",
                "text",
                "speaker",
                "pronoun",
                "attribution",
                "paragraph"
            ]
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let quoted = json_of(&["quotes", "--json", "-q", query], &dir);
        assert_eq!(rows.len(), quoted.len());
        for (row, q) in rows.iter().zip(&quoted) {
            assert_eq!(row[0], sanitize(&text(&q["id"])));
            assert_eq!(row[1], text(&q["date"]));
            assert_eq!(row[2], sanitize(&text(&q["source"])));
            assert_eq!(row[5], sanitize(&text(&q["text"])));
            assert_eq!(row[6], sanitize(&text(&q["speaker"])));
            assert_eq!(row[7], sanitize(&text(&q["pronoun"])));
            assert_eq!(row[8], sanitize(&text(&q["attribution"])));
            assert!(row[9].parse::<usize>().is_ok());
        }
    }
}

#[test]
fn nasty_csv_fields_are_quoted() {
    let dir = nasty_folder();
    let out = export(dir.path(), "id:nasty", "csv", false);
    assert!(out.contains(r#","Kyiv, ""Wire""","#), "{out}");
    assert!(out.contains(",energy;київ,"), "{out}");
}

#[test]
fn output_file_is_written_whole_and_errors_keep_their_codes() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.csv");
    let expected = export(&sample(), "#energy", "csv", false);
    brief()
        .args(["export", "-q", "#energy", "-f", "csv", "-o"])
        .arg(&target)
        .arg(sample())
        .assert()
        .success()
        .stdout("");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), expected);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let missing = dir.path().join("no/such/folder/out.md");
    brief()
        .args(["export", "-f", "md", "-o"])
        .arg(&missing)
        .arg(sample())
        .assert()
        .code(2);
    let briefing = nasty_folder();
    brief()
        .args(["export", "-f", "md", "-o"])
        .arg(briefing.path().join("nasty.md"))
        .arg(briefing.path())
        .assert()
        .code(2);
    brief().args(["export"]).arg(sample()).assert().code(2);
    brief()
        .args(["export", "-f", "pdf"])
        .arg(sample())
        .assert()
        .code(2);
    brief()
        .args(["export", "-f", "json", "-q", "since:2022-99-99", "-o"])
        .arg(&target)
        .arg(sample())
        .assert()
        .code(2);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), expected);
}
