//! The province registry: the 31 provincial-level divisions of mainland China and their groups.
//!
//! Source: `assets/geo/provinces.csv` (embedded). A unit in a panel may be written as its
//! GB/T 2260 code (`45`, or the six-digit `450000`), its English name in any case or spacing
//! (`Guangxi`, `guangxi zhuang autonomous region`), its pinyin variant (`Nei Mongol`,
//! `Xizang`), or its Chinese name with or without the administrative suffix
//! (`广西`, `广西壮族自治区`). [`Registry::lookup`] resolves all of these to one [`Province`].

use std::sync::OnceLock;

/// The registry CSV compiled into the binary.
pub const PROVINCES_CSV: &str = include_str!("../../../assets/geo/provinces.csv");

/// East / central / west grouping of the National Bureau of Statistics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Region3 {
    /// Eastern provinces.
    East,
    /// Central provinces.
    Central,
    /// Western provinces.
    West,
}

impl Region3 {
    /// Lower-case English label as in the registry file.
    pub fn label(self) -> &'static str {
        match self {
            Region3::East => "east",
            Region3::Central => "central",
            Region3::West => "west",
        }
    }
}

/// One provincial-level division.
#[derive(Clone, Debug, PartialEq)]
pub struct Province {
    /// GB/T 2260 two-digit code (11 Beijing ... 65 Xinjiang).
    pub code: u8,
    /// HASC code such as `CN.GX`.
    pub hasc: String,
    /// English name (`Guangxi`).
    pub name_en: String,
    /// Chinese short name (`广西`).
    pub name_zh: String,
    /// East / central / west.
    pub region3: Region3,
    /// One of the 11 coastal provinces.
    pub coastal: bool,
    /// North of the Qinling-Huaihe line.
    pub north: bool,
    /// National computing hub of the East-Data-West-Computing plan, if any.
    pub hub_node: Option<String>,
}

/// All provinces, with name lookup in every accepted spelling.
#[derive(Debug)]
pub struct Registry {
    provinces: Vec<Province>,
    /// `english_key` of each province's English name, computed once (a lookup compares
    /// against all of them).
    english_keys: Vec<String>,
}

/// Extra spellings seen in Chinese statistical yearbooks and international datasets.
const ALIASES: &[(&str, u8)] = &[
    ("neimongol", 15),
    ("neimenggu", 15),
    ("innermongoliaautonomousregion", 15),
    ("xizang", 54),
    ("tibetautonomousregion", 54),
    ("guangxizhuang", 45),
    ("ningxiahui", 64),
    ("xinjianguygur", 65),
    ("xinjianguyghur", 65),
    ("peking", 11),
    ("canton", 44),
    ("shensi", 61),
    ("shansi", 14),
];

/// Chinese administrative suffixes, longest first.
const ZH_SUFFIXES: &[&str] = &["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"];

/// English administrative words removed before matching.
const EN_WORDS: &[&str] =
    &["autonomousregion", "specialadministrativeregion", "municipality", "province", "shi", "sheng"];

impl Registry {
    /// The embedded registry (parsed once).
    pub fn embedded() -> &'static Registry {
        static REG: OnceLock<Registry> = OnceLock::new();
        REG.get_or_init(|| Registry::parse(PROVINCES_CSV).expect("embedded registry is valid"))
    }

    /// Parse a registry CSV with the columns of `assets/geo/provinces.csv`.
    pub fn parse(text: &str) -> Result<Registry, String> {
        let mut provinces = Vec::new();
        for (i, line) in text.lines().enumerate().skip(1) {
            if line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split(',').map(str::trim).collect();
            if f.len() != 8 {
                return Err(format!("registry line {}: expected 8 fields", i + 1));
            }
            let code = f[0].parse::<u8>().map_err(|_| format!("registry line {}: bad code", i + 1))?;
            let region3 = match f[4] {
                "east" => Region3::East,
                "central" => Region3::Central,
                "west" => Region3::West,
                other => return Err(format!("registry line {}: unknown region {other}", i + 1)),
            };
            provinces.push(Province {
                code,
                hasc: f[1].to_string(),
                name_en: f[2].to_string(),
                name_zh: f[3].to_string(),
                region3,
                coastal: f[5] == "1",
                north: f[6] == "north",
                hub_node: (!f[7].is_empty()).then(|| f[7].to_string()),
            });
        }
        let english_keys = provinces.iter().map(|p| english_key(&p.name_en)).collect();
        Ok(Registry { provinces, english_keys })
    }

    /// Every province in code order.
    pub fn provinces(&self) -> &[Province] {
        &self.provinces
    }

    /// The province with this GB/T 2260 two-digit code.
    pub fn by_code(&self, code: u8) -> Option<&Province> {
        self.provinces.iter().find(|p| p.code == code)
    }

    /// Resolve a unit label in any accepted spelling (see the module docs).
    pub fn lookup(&self, raw: &str) -> Option<&Province> {
        let s = raw.trim().trim_matches('"').trim();
        if s.is_empty() {
            return None;
        }
        if s.bytes().all(|b| b.is_ascii_digit()) {
            let n: u64 = s.parse().ok()?;
            let code = match s.len() {
                1 | 2 => n,
                6 if n.is_multiple_of(10_000) => n / 10_000,
                _ => return None,
            };
            return u8::try_from(code).ok().and_then(|c| self.by_code(c));
        }
        let zh = strip_zh_suffix(s);
        if let Some(p) = self.provinces.iter().find(|p| p.name_zh == zh || p.name_zh == s) {
            return Some(p);
        }
        if let Some(p) = self.provinces.iter().find(|p| p.hasc.eq_ignore_ascii_case(s)) {
            return Some(p);
        }
        let key = english_key(s);
        if key.is_empty() {
            return None;
        }
        if let Some((p, _)) = self.provinces.iter().zip(&self.english_keys).find(|(_, k)| **k == key) {
            return Some(p);
        }
        let full = english_key_keep_words(s);
        ALIASES.iter().find(|(alias, _)| *alias == key || *alias == full).and_then(|(_, code)| self.by_code(*code))
    }

    /// The registry name closest to `raw` (for "did you mean" suggestions), by edit distance
    /// on the normalized spelling; `None` when nothing is reasonably close.
    pub fn closest(&self, raw: &str) -> Option<&Province> {
        let zh = strip_zh_suffix(raw.trim());
        let key = english_key(raw);
        let mut best: Option<(usize, &Province)> = None;
        for p in &self.provinces {
            let d_en = if key.is_empty() { usize::MAX } else { edit_distance(&key, &english_key(&p.name_en)) };
            let d_zh = edit_distance(zh, &p.name_zh);
            let d = d_en.min(d_zh);
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, p));
            }
        }
        best.filter(|(d, p)| *d <= 3.max(english_key(&p.name_en).len() / 3)).map(|(_, p)| p)
    }
}

fn strip_zh_suffix(s: &str) -> &str {
    for suf in ZH_SUFFIXES {
        if let Some(stem) = s.strip_suffix(suf)
            && !stem.is_empty()
        {
            return stem;
        }
    }
    s
}

fn english_key_keep_words(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn english_key(s: &str) -> String {
    let mut k = english_key_keep_words(s);
    for w in EN_WORDS {
        if k.len() > w.len()
            && let Some(stem) = k.strip_suffix(w)
        {
            k = stem.to_string();
        }
    }
    k
}

/// Levenshtein distance over Unicode scalar values.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_province_in_every_spelling() {
        let reg = Registry::embedded();
        assert_eq!(reg.provinces().len(), 31);
        let full_zh = |p: &Province| -> String {
            match p.code {
                11 | 12 | 31 | 50 => format!("{}市", p.name_zh),
                15 | 54 => format!("{}自治区", p.name_zh),
                45 => "广西壮族自治区".into(),
                64 => "宁夏回族自治区".into(),
                65 => "新疆维吾尔自治区".into(),
                _ => format!("{}省", p.name_zh),
            }
        };
        for p in reg.provinces() {
            let spellings = [
                p.code.to_string(),
                format!("{}0000", p.code),
                p.name_en.clone(),
                p.name_en.to_uppercase(),
                p.name_en.to_lowercase().replace(' ', ""),
                format!(" {} Province ", p.name_en),
                p.name_zh.clone(),
                full_zh(p),
                p.hasc.clone(),
            ];
            for s in spellings {
                assert_eq!(reg.lookup(&s).map(|q| q.code), Some(p.code), "spelling {s:?}");
            }
        }
    }

    #[test]
    fn guangxi_all_forms_are_45_and_aliases_work() {
        let reg = Registry::embedded();
        for s in ["广西", "广西壮族自治区", "Guangxi", "45", "450000", "Guangxi Zhuang Autonomous Region"] {
            assert_eq!(reg.lookup(s).unwrap().code, 45, "{s}");
        }
        assert_eq!(reg.lookup("Nei Mongol").unwrap().code, 15);
        assert_eq!(reg.lookup("Xizang").unwrap().code, 54);
        assert_eq!(reg.lookup("Shanxi").unwrap().code, 14);
        assert_eq!(reg.lookup("Shaanxi").unwrap().code, 61);
    }

    #[test]
    fn unknown_names_are_not_matched_but_get_suggestions() {
        let reg = Registry::embedded();
        for s in ["Atlantis", "99", "450001", "", "广", "市"] {
            assert!(reg.lookup(s).is_none(), "{s}");
        }
        assert_eq!(reg.closest("Guangdon").unwrap().code, 44);
        assert_eq!(reg.closest("Sichaun").unwrap().code, 51);
        assert_eq!(reg.closest("黑龙").map(|p| p.code), Some(23));
        assert!(reg.closest("Completely unrelated words").is_none());
    }
}
