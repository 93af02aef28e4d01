//! Random numbers: splitmix64, one independent stream per file.
//!
//! Written here rather than taken from `rand`: the corpora behind the
//! benchmarks must stay byte-identical for a seed across every version of
//! brief and its dependencies, which `rand`'s generators do not promise
//! across major versions, and a stream per file lets files be made in any
//! order. It is 80 lines and not on any path the reader runs.

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

pub struct Rng(u64);

impl Rng {
    pub fn stream(seed: u64, stream: u64, index: u64) -> Rng {
        let a = mix(seed ^ stream.wrapping_mul(GOLDEN));
        Rng(mix(a ^ mix(
            index.wrapping_add(stream) ^ 0xD1B5_4A32_D192_ED03
        )))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GOLDEN);
        mix(self.0)
    }

    /// Uniform in `0..n` (n < 2^32).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Index in `0..n` with P(k) roughly proportional to 1/(k+8) (a
    /// Zipf-Mandelbrot shape): early list entries are common, late ones rare,
    /// and no single entry dominates.
    pub fn skewed(&mut self, n: usize) -> usize {
        const C: f64 = 8.0;
        let x = C * ((n as f64 + C) / C).powf(self.unit()) - C;
        (x as usize).min(n - 1)
    }

    pub fn zipf<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.skewed(items.len())]
    }

    pub fn zipf_str(&mut self, items: &[&'static str]) -> &'static str {
        items[self.skewed(items.len())]
    }

    pub fn pick_str(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut r = self.below(total as usize) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if r < w {
                return i;
            }
            r -= w;
        }
        weights.len() - 1
    }
}

// ---------------------------------------------------------------------------
