//! The spatial commands (`moran`, `breaks`, `map`, `zonal`) speak Chinese under `--lang zh`:
//! headings, notes, table headers, weights, methods and province names; the same commands under
//! `--lang en` keep their English lines.

use std::process::Command;

/// (stdout, stderr) of a successful `carbon-dml --lang LANG args...`.
fn run(lang: &str, args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_carbon-dml")).arg("--lang").arg(lang).args(args).output().unwrap();
    let (stdout, stderr) =
        (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned());
    assert!(out.status.success(), "{args:?} failed: {stderr}");
    (stdout, stderr)
}

/// Runs of three or more English words (longer than two letters), outside file paths.
fn english_runs(text: &str) -> Vec<String> {
    text.lines()
        .flat_map(|line| {
            line.split_whitespace()
                .filter(|w| !w.contains('/') && !w.contains(".tif") && !w.contains(".png"))
                .collect::<Vec<_>>()
                .join(" ")
                .split(|c: char| !c.is_ascii_alphabetic() && c != ' ')
                .filter(|run| run.split_whitespace().filter(|w| w.len() > 2).count() >= 3)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn tif(name: &str) -> String {
    format!("{}/tests/fixtures/spatial_zonal/geotiff/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn spatial_commands_speak_chinese() {
    let dir = std::env::temp_dir().join(format!("carbon-dml-lang-spatial-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let png = dir.join("m.png").display().to_string();
    let csv = dir.join("z.csv").display().to_string();
    let (a, b) = (tif("albers_201503.tif"), tif("albers_201504.tif"));
    let commands: Vec<Vec<&str>> = vec![
        vec!["moran", "--var", "CEE", "--at-year", "2020", "--permutations", "99"],
        vec!["moran", "--var", "CEE", "--at-year", "2020", "--weights", "idw", "--permutations", "0"],
        vec!["moran", "--var", "CEE", "--at-year", "2020", "--weights", "knn:4", "--permutations", "0"],
        vec!["breaks", "--var", "CEE", "--at-year", "2020"],
        vec!["map", "--var", "CEE", "--at-year", "2011,2022", "--png", &png, "--width", "640"],
        vec!["zonal", "--raster", &a, &b, "--stat", "mean", "--months", "mean", "--out", &csv],
    ];
    for args in &commands {
        let (stdout, stderr) = run("zh", args);
        let text = format!("{stdout}{stderr}");
        assert!(english_runs(&text).is_empty(), "{args:?}: English left: {:?}\n{text}", english_runs(&text));
        assert!(!text.contains("note:") && !text.contains("wrote"), "{args:?}: {text}");
    }
    let (moran, notes) = run("zh", &commands[0]);
    assert!(moran.contains("2020 年 CEE 的 Moran's I：30 个个体，权重 后式（queen）邻接"), "{moran}");
    assert!(moran.contains("  北京  ") && moran.contains("高-高"), "{moran}");
    assert!(notes.contains("提示：没有邻居（孤岛，I_i = 0，无 p 值）：海南"), "{notes}");
    let (english, notes) = run("en", &commands[0]);
    assert!(
        english.starts_with("Moran's I of CEE in 2020: 30 units, weights queen contiguity (snap 1 km)"),
        "{english}"
    );
    assert!(english.contains("  normality:     Var = "), "{english}");
    assert!(notes.contains("note: without neighbours (islands, I_i = 0, no p-value): Hainan"), "{notes}");
    let (breaks, _) = run("zh", &commands[3]);
    assert!(breaks.starts_with("CEE：自然断点法（Fisher-Jenks），5 类，30 个取值（2020 年）"), "{breaks}");
    let (zonal, _) = run("zh", &commands[5]);
    assert!(zonal.contains("内置省界") && zonal.contains("Albers 等积投影"), "{zonal}");
    let _ = std::fs::remove_dir_all(&dir);
}
