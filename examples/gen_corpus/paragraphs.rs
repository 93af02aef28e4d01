//! Leads, body paragraphs and quotes.

use crate::doc::Doc;
use crate::quotes::UA_VERBS;
use crate::roles::UA_ROLES;

impl<'v> Doc<'v> {
    fn body_sentence(&mut self, gas: bool, out: &mut String) {
        let v = self.v;
        let r = self.rng.unit();
        let tpl = if gas && r < 0.08 {
            self.fresh(&v.gas_sentences)
        } else if r < 0.40 {
            self.fresh(&self.topic.sentences)
        } else {
            self.fresh(&v.sentences)
        };
        self.sentence(tpl, out);
    }

    pub fn lead(&mut self, gas: bool, planted: bool, out: &mut String) {
        let v = self.v;
        let gas_lead = gas && self.rng.chance(0.4);
        let tpl = if gas_lead {
            self.rng.pick(&v.gas_leads)
        } else if self.rng.chance(0.75) {
            self.rng.pick(&self.topic.leads)
        } else {
            self.rng.pick(&v.leads)
        };
        self.sentence(tpl, out);
        let extra = self.rng.range(1, 2);
        for k in 0..extra {
            out.push(' ');
            if k == 0 && planted {
                let tpl = self.rng.pick(&v.rare_word);
                self.sentence(tpl, out);
            } else if k == 0 && gas && !gas_lead {
                let tpl = self.fresh(&v.gas_sentences);
                self.sentence(tpl, out);
            } else {
                self.body_sentence(gas, out);
            }
        }
    }

    pub fn paragraph(&mut self, gas: bool, out: &mut String) {
        let n = [2, 2, 3, 3, 3, 4, 4, 5][self.rng.below(8)];
        for k in 0..n {
            if k > 0 {
                out.push(' ');
            }
            self.body_sentence(gas, out);
        }
    }

    /// English speech of one or two sentences, ending in `.`.
    fn speech(&mut self, out: &mut String) {
        let v = self.v;
        let n = if self.rng.chance(0.35) { 2 } else { 1 };
        for k in 0..n {
            if k > 0 {
                out.push(' ');
            }
            let tpl = self.fresh(&v.speech);
            self.sentence(tpl, out);
        }
    }

    pub fn quote_paragraph(&mut self, gas: bool, out: &mut String) {
        let v = self.v;
        let style = self.rng.weighted(&[45, 35, 20]);
        if style == 2 && self.rng.chance(0.5) {
            self.ukrainian_quote(out);
            if self.rng.chance(0.5) {
                out.push(' ');
                let tpl = self.rng.pick(&v.followups);
                self.sentence(tpl, out);
            }
            return;
        }
        let (open, close) = [("“", "”"), ("\"", "\""), ("«", "»")][style];
        let form = self.rng.weighted(&[55, 20, 25]);
        if form == 1 {
            // Speaker first: X said: “...”
            let tpl = self.rng.pick(&v.speaker_intros);
            self.sentence(tpl, out);
            out.push_str(open);
            self.speech(out);
            if style == 2 {
                out.pop();
                out.push_str(close);
                out.push('.');
            } else {
                out.push_str(close);
            }
        } else {
            if form == 2 {
                self.body_sentence(gas, out);
                out.push(' ');
            }
            out.push_str(open);
            self.speech(out);
            let ends_question = out.ends_with('?');
            if !ends_question {
                out.pop();
                if style != 2 {
                    out.push(',');
                }
            }
            out.push_str(close);
            if style == 2 && !ends_question {
                out.push(',');
            }
            out.push(' ');
            let tpl = self.rng.pick(&v.attributions);
            self.render(tpl, out);
        }
        if self.rng.chance(0.45) {
            out.push(' ');
            let tpl = self.rng.pick(&v.followups);
            self.sentence(tpl, out);
        }
    }

    fn ukrainian_quote(&mut self, out: &mut String) {
        let v = self.v;
        let who = self.ukrainian_speaker();
        self.last = Some(who);
        let female = self.cast[who].female;
        out.push('«');
        let n = if self.rng.chance(0.3) { 2 } else { 1 };
        for k in 0..n {
            if k > 0 {
                out.push_str(". ");
            }
            let tpl = self.rng.pick(&v.ua_speech);
            self.render(tpl, out);
        }
        out.push_str("», — ");
        let verb = self.rng.pick(UA_VERBS);
        let role = self.rng.pick(UA_ROLES);
        out.push_str(if female { verb.1 } else { verb.0 });
        out.push(' ');
        out.push_str(if female { role.1 } else { role.0 });
        out.push(' ');
        self.name(who, true, out);
        out.push('.');
    }
}
