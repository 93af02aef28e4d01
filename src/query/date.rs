//! Dates in queries: a day, a month, a year, or a span back from "today".

use chrono::{Days, Months, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSpec {
    Day(NaiveDate),
    Month {
        year: i32,
        month: u32,
    },
    Year(i32),
    /// `7d`, `2w`, `3m`, `1y`: that long before today.
    Ago {
        count: u32,
        unit: Unit,
    },
    Today,
    Yesterday,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Days,
    Weeks,
    Months,
    Years,
}

impl DateSpec {
    pub fn parse(text: &str) -> Result<DateSpec, String> {
        let lower = text.to_ascii_lowercase();
        match lower.as_str() {
            "today" => return Ok(DateSpec::Today),
            "yesterday" => return Ok(DateSpec::Yesterday),
            _ => {}
        }
        if let Some(unit) = lower.chars().last().and_then(unit_of) {
            let digits = &lower[..lower.len() - 1];
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                let count = digits
                    .parse()
                    .map_err(|_| format!("`{text}` is too far back"))?;
                return Ok(DateSpec::Ago { count, unit });
            }
        }
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        let bad = || {
            format!(
                "`{text}` is not a date (use 2022-01-31, 2022-01, 2022, today, 7d, 2w, 3m or 1y)"
            )
        };
        match parts.as_slice() {
            [y] => number(y, 4)
                .map(|y| DateSpec::Year(y as i32))
                .ok_or_else(bad),
            [y, m] => {
                let (y, m) = (number(y, 4).ok_or_else(bad)?, number(m, 2).ok_or_else(bad)?);
                if (1..=12).contains(&m) {
                    Ok(DateSpec::Month {
                        year: y as i32,
                        month: m,
                    })
                } else {
                    Err(format!("`{text}`: there is no month {m}"))
                }
            }
            [y, m, d]
                if number(y, 4).is_some() && number(m, 2).is_some() && number(d, 2).is_some() =>
            {
                NaiveDate::parse_from_str(text, "%Y-%m-%d")
                    .map(DateSpec::Day)
                    .map_err(|_| format!("`{text}` is not a day of the calendar"))
            }
            _ => Err(bad()),
        }
    }

    /// The first and last day the spec covers, relative to `today`.
    pub fn bounds(self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        match self {
            DateSpec::Day(d) => (d, d),
            DateSpec::Month { year, month } => {
                let first = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN);
                let last = first
                    .checked_add_months(Months::new(1))
                    .and_then(|d| d.pred_opt())
                    .unwrap_or(NaiveDate::MAX);
                (first, last)
            }
            DateSpec::Year(year) => (
                NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN),
                NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX),
            ),
            DateSpec::Today => (today, today),
            DateSpec::Yesterday => {
                let d = today.pred_opt().unwrap_or(today);
                (d, d)
            }
            DateSpec::Ago { count, unit } => {
                let day = match unit {
                    Unit::Days => today.checked_sub_days(Days::new(count.into())),
                    Unit::Weeks => today.checked_sub_days(Days::new(u64::from(count) * 7)),
                    Unit::Months => today.checked_sub_months(Months::new(count)),
                    Unit::Years => count
                        .checked_mul(12)
                        .and_then(|m| today.checked_sub_months(Months::new(m))),
                }
                .unwrap_or(NaiveDate::MIN);
                (day, day)
            }
        }
    }
}

fn unit_of(c: char) -> Option<Unit> {
    match c {
        'd' => Some(Unit::Days),
        'w' => Some(Unit::Weeks),
        'm' => Some(Unit::Months),
        'y' => Some(Unit::Years),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn parses_every_form() {
        assert_eq!(
            DateSpec::parse("2022-01-10"),
            Ok(DateSpec::Day(day("2022-01-10")))
        );
        assert_eq!(
            DateSpec::parse("2022-02"),
            Ok(DateSpec::Month {
                year: 2022,
                month: 2
            })
        );
        assert_eq!(DateSpec::parse("2022"), Ok(DateSpec::Year(2022)));
        assert_eq!(
            DateSpec::parse("7d"),
            Ok(DateSpec::Ago {
                count: 7,
                unit: Unit::Days
            })
        );
        assert_eq!(
            DateSpec::parse("3M"),
            Ok(DateSpec::Ago {
                count: 3,
                unit: Unit::Months
            })
        );
        assert_eq!(DateSpec::parse("Today"), Ok(DateSpec::Today));
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(
            DateSpec::parse("2022-99-99")
                .unwrap_err()
                .contains("not a day")
        );
        assert!(DateSpec::parse("2022-02-30").is_err());
        assert!(
            DateSpec::parse("2022-13")
                .unwrap_err()
                .contains("no month 13")
        );
        assert!(DateSpec::parse("soon").is_err());
        assert!(DateSpec::parse("d").is_err());
        assert!(DateSpec::parse("99999999999d").is_err());
    }

    #[test]
    fn bounds_cover_whole_periods() {
        let today = day("2022-03-31");
        assert_eq!(
            DateSpec::parse("2022-02").unwrap().bounds(today),
            (day("2022-02-01"), day("2022-02-28"))
        );
        assert_eq!(
            DateSpec::parse("7d").unwrap().bounds(today).0,
            day("2022-03-24")
        );
        assert_eq!(
            DateSpec::parse("1m").unwrap().bounds(today).0,
            day("2022-02-28")
        );
        assert_eq!(
            DateSpec::parse("1w").unwrap().bounds(today).0,
            day("2022-03-24")
        );
        assert_eq!(DateSpec::Yesterday.bounds(today).0, day("2022-03-30"));
    }
}
