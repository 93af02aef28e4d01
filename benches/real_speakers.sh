#!/usr/bin/env bash
# Speakers of quotes on real news text (issue 22): brief's speakers against
# the hand labels in benches/speakers/reuters-labels.tsv, on Reuters-21578
# stories that nobody here wrote. Not run in CI; no Reuters text is kept in
# the repository (the labels file says where to get it and how its keys work).
#
#   benches/real_speakers.sh REUTERS_DIR [BRIEF]
#
# REUTERS_DIR holds the original reut2-*.sgm files. BRIEF is the binary to
# score (default: $BRIEF, else target/release/brief, else brief on PATH).
#
# What it does: extracts each labelled story into a plain briefing, each in
# a temp folder of its own, as README (Briefing files) has it: `date YYYY-MM-DD ` and the
# body's first paragraph on one line, then the body's other paragraphs, split
# as the labels file says, a blank line between them, and `As reported by
# Reuters.` last; so the body's paragraph P is brief's paragraph P (checked
# against brief's body). The wire's headline is left out: it is in capitals
# and no sentence (brief takes the title from the first sentence), and with
# it on the date line one pronoun was resolved to a headline word
# (HEADLINE=1 puts it there, as a first paragraph, to compare). It runs
# `brief show --json ID DIR --no-cache` on each story's folder, one process
# per core (a story's quotes depend on no other file) and finds each
# labelled quote among brief's quotes: the one brief puts in the same
# paragraph whose words overlap the labelled quote's most (at least half of
# the shorter one's words). None there: brief missed the quote.
#
# What brief said: its speaker (for a pronoun brief resolved, the one it
# stands for; the JSON's `pronoun` then holds the pronoun); the person part is what comes before the
# first comma (`Lawrence Cohn, analyst with ...` is `Lawrence Cohn`). No
# speaker, or a pronoun left unresolved (he, she, it, they, we, i, you), is
# no answer.
#
# Right: names are compared as words: a wire ticker in angle brackets
# (<HIT.T>) dropped, lowercased, apostrophes and dots dropped (O'Malley =
# omalley, U.S. = us), other punctuation a space, a leading the/a/an dropped. brief's person is right when, for one of the
# label's alternatives L:
#   - the words are the same; or
#   - one is the other with words in front that hold no preposition (of, to,
#     for, with, at, by, from, in, on, about) (`Maude` or `Midland Montagu's
#     Maude` for Donald Maude; `the report` for the Tower Commission report;
#     but not `Lyng` for `the aide to Lyng`); or
#   - L's words start brief's and a preposition follows them (`Bill Sullivan
#     of Dean Witter` for Bill Sullivan: a role after a name); or
#   - L is a name (two or more words, each capitalised) and brief's words end
#     with L's last word, with words in front that hold no preposition
#     (`Data Resources' Wyss` for David Wyss).
# Anything else brief names is wrong.
#
# Measures, for each part (dev: NEWID even up to 900; held-out: NEWID odd up
# to 900, whose misses were read once, for one rule, since; fresh dev: NEWID
# 901 to 1895, even; fresh held-out: NEWID 901 to 1895, odd, scored once
# and its misses read since; round 3: NEWID 1896 to 2520, and round 4: 2521
# to 2924, round 5: 2925 to 3394, round 6: 3395 to 3762, and round 7: 3763
# to 4127, round 8: 4128 to 4587, round 9: 4588 to 4919, round 10: 4920 to
# 5225, round 11: 5226 to 5574, round 12: 5575 to 5973, round 13: 5974 to
# 6373, round 14: 6374 to 6906, round 15: 6907 to 7375, round 16: 7376 to
# 7742, round 17: 7743 to 8124, round 18: 8125 to 8523, round 19: 8524
# to 8839, round 20: 8840 to 9223, round 21: 9224 to 9679, round 22: 9680
# to 10033, round 23: 10034 to 10349, round 24: 10350 to 10708, and round
# 25: 10709 to 11080, round 26: 11081 to 11378, round 27: 11379 to 11769,
# round 28: 11770 to 12278, and round 29: 12279 to 12674, each held out
# until scored once, its misses read since; round 30: NEWID 12675 to
# 13049, and round 31: 13050 to 13904, the same, as are round 32: NEWID
# 13905 to 14857, and round 33: 14858 to 15254, and round 34: NEWID 15255
# to 15656, and round 35: 15657 to 16132, and round 36: NEWID 16133 to
# 16544, and round 37: 16545 to 16904, and rounds 38: NEWID 16905 to
# 17187, 39: 17188 to 17359, 40: 17360 to 17474, and 41: 17475 to 17890,
# and rounds 42: NEWID 17891 to 18136, 43: 18137 to 18442, 44: 18443 to
# 18961, and 45: 18962 to 19353; rounds 46: NEWID 19354 to 19684, 47: 19685
# to 20057, 48: 20058 to 20614, and 49: 20615 and up, the held-out parts,
# never used to change the rules: their figures are shown
# only with HELD_OUT=1 and their misses only with HELD_OUT_MISSES=1, for
# the figures reported):
#   named    quotes whose sentence names the speaker: right, wrong, missing;
#   before   of those, the ones named before the quote: right;
#   pronoun  quotes whose speaker is a pronoun: right, resolved wrongly (a
#            person brief gives that is not the one), missing;
#   context  speaker only in another sentence (brief does not attempt these);
#   none     no speaker: brief gave one anyway (wrong).
# Then every miss: NEWID, P.N, kind, expected, what brief gave (ALL=1: every
# quote, right ones too).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?usage: benches/real_speakers.sh REUTERS_DIR [BRIEF]}
brief=${2:-${BRIEF:-}}
if [[ -z $brief ]]; then
    if [[ -x $here/../target/release/brief ]]; then
        brief=$here/../target/release/brief
    else
        brief=brief
    fi
fi
ls "$dir"/reut2-0*.sgm >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$dir" "$brief" "$here/speakers/reuters-labels.tsv" "$work" <<'PY'
import concurrent.futures, glob, hashlib, html, json, os, re, subprocess, sys

reuters, brief, labels_path, work = sys.argv[1:5]
headline = os.environ.get('HEADLINE') == '1'
shift = 1 if headline else 0
MON = {m: i + 1 for i, m in enumerate('JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split())}


def paragraphs(body):
    body = re.sub(r'[\x00-\x08\x0b-\x1f]', '', body)
    paras, cur = [], []
    for line in body.split('\n'):
        if line.strip() == '':
            if cur:
                paras.append(cur)
                cur = []
            continue
        if line[:1] in ' \t' and cur:
            paras.append(cur)
            cur = []
        cur.append(line.strip())
    if cur:
        paras.append(cur)
    out = [' '.join(p) for p in paras]
    if out and re.fullmatch(r'(?i)reuter', out[-1].strip()):
        out.pop()
    elif out:
        out[-1] = re.sub(r'\s*(?i:reuter)\s*$', '', out[-1])
    return [p for p in out if p]


def stories(d, wanted):
    for f in sorted(glob.glob(d + '/reut2-*.sgm')):
        raw = open(f, 'rb').read().decode('latin-1')
        for m in re.finditer(r'<REUTERS [^>]*NEWID="(\d+)">(.*?)</REUTERS>', raw, re.S):
            nid = int(m.group(1))
            if nid not in wanted:
                continue
            s = m.group(2)
            b = re.search(r'<BODY>(.*?)</BODY>', s, re.S)
            t = re.search(r'<TITLE>(.*?)</TITLE>', s, re.S)
            dt = re.search(r'<DATE>\s*(\d+)-(\w+)-(\d+)', s)
            date = '%s-%02d-%02d' % (dt.group(3), MON[dt.group(2).upper()], int(dt.group(1)))
            title = ' '.join(html.unescape(t.group(1)).split()) if t else 'Reuters %d' % nid
            yield nid, date, title, paragraphs(html.unescape(b.group(1)))


def quotes(paras):
    res, carry = {}, None
    for i, p in enumerate(paras):
        idx = [m.start() for m in re.finditer('"', p)]
        n = k = 0
        if carry is not None:
            if idx and idx[0] == 0:
                if len(idx) >= 2:
                    t = carry[2] + ' ' + p[1:idx[1]]
                    if len(t.split()) >= 3:
                        res[(carry[0], carry[1])] = t
                    k, carry = 2, None
                else:
                    carry = (carry[0], carry[1], carry[2] + ' ' + p[1:])
                    continue
            else:
                carry = None
        while k < len(idx):
            a = idx[k]
            if k + 1 < len(idx):
                t = p[a + 1:idx[k + 1]]
                if len(t.split()) >= 3:
                    n += 1
                    res[(i, n)] = t
                k += 2
            else:
                if i + 1 < len(paras) and paras[i + 1].startswith('"'):
                    n += 1
                    carry = (i, n, p[a + 1:])
                k += 1
    return res


def words(t):
    return re.findall(r'\w+', t.lower())


def check(t):
    return hashlib.sha1(' '.join(words(t)).encode()).hexdigest()[:8]


PREP = {'of', 'to', 'for', 'with', 'at', 'by', 'from', 'in', 'on', 'about'}
PRONOUNS = {'he', 'she', 'it', 'they', 'we', 'i', 'you'}


def toks(s):
    s = re.sub(r'<[^<>]*>', ' ', s)
    s = re.sub(r"['\u2019.]", '', s.lower())
    t = re.findall(r'[^\W_]+', s)
    if t and t[0] in ('the', 'a', 'an'):
        t = t[1:]
    return t


def ends(long, short):
    return 0 < len(short) <= len(long) and long[len(long) - len(short):] == short \
        and not PREP & set(long[:len(long) - len(short)])


def right(got, alts):
    g = toks(got)
    if not g:
        return False
    for alt in alts:
        a = toks(alt)
        if g == a or ends(g, a) or ends(a, g):
            return True
        if len(a) < len(g) and g[:len(a)] == a and g[len(a)] in PREP:
            return True
        name = alt.split()
        if len(name) >= 2 and all(w[:1].isupper() for w in name) and ends(g, a[-1:]):
            return True
    return False


labels = []
for line in open(labels_path, encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    nid, p, n, chk, kind, pos, sp = line.rstrip('\n').split('\t')
    labels.append((int(nid), int(p), int(n), chk, kind, pos, sp.split('|')))

wanted = {l[0] for l in labels}
found = {}
for nid, date, title, paras in stories(reuters, wanted):
    name = 'reuters-%06d' % nid
    os.mkdir(os.path.join(work, name))
    with open(os.path.join(work, name, name + '.txt'), 'w', encoding='utf-8') as f:
        lines = ([title] if headline else []) + paras + ['As reported by Reuters.']
        f.write('date %s %s\n' % (date, '\n\n'.join(lines)))
    found[nid] = (name, paras, quotes(paras))
missing_stories = wanted - set(found)
if missing_stories:
    sys.exit('stories not in %s: %s' % (reuters, sorted(missing_stories)))

def show(name):
    return subprocess.run([brief, 'show', '--json', name, os.path.join(work, name), '--no-cache'],
                          check=True, capture_output=True, text=True).stdout


with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
    outs = dict(zip(found, pool.map(show, [name for name, _, _ in found.values()])))
shown = {}
for nid, (name, paras, _) in found.items():
    j = json.loads(outs[nid])
    body = [' '.join(b.split()) for b in j['body']]
    if body[shift:shift + len(paras)] != [' '.join(p.split()) for p in paras]:
        sys.exit('NEWID %d: brief reads other paragraphs than the labels count' % nid)
    shown[nid] = j['quotes']


def answer(nid, p, text):
    """brief's quote for the labelled one, or None."""
    want = set(words(text))
    best, score = None, 0.0
    for q in shown[nid]:
        if q['paragraph'] != p + shift:
            continue
        have = set(words(q['text']))
        if not have or not want:
            continue
        s = len(have & want) / min(len(have), len(want))
        if s > score:
            best, score = q, s
    return best if score >= 0.5 else None


def person(q):
    if q is None:
        return None
    sp = q.get('speaker')
    if not sp:
        return None
    sp = sp.split(',')[0].strip()
    if sp.lower() in PRONOUNS:
        return None
    return sp


def shown_as(q):
    if q is None:
        return '(no quote found)'
    if not q.get('speaker'):
        return '(no speaker)'
    s = q['speaker']
    if q.get('pronoun'):
        s = '%s (%s)' % (q['pronoun'], s)
    return s


# (name, first NEWID, last NEWID, which: 0 even, 1 odd, None both); the last
# part is the held-out one, shown only on request.
PARTS = (('dev', 1, 900, 0), ('held-out', 1, 900, 1),
         ('fresh dev (NEWID 901-1895, even)', 901, 1895, 0), ('fresh held-out (NEWID 901-1895, odd)', 901, 1895, 1),
         ('round 3 (NEWID 1896-2520)', 1896, 2520, None), ('round 4 (NEWID 2521-2924)', 2521, 2924, None),
         ('round 5 (NEWID 2925-3394)', 2925, 3394, None), ('round 6 (NEWID 3395-3762)', 3395, 3762, None),
         ('round 7 (NEWID 3763-4127)', 3763, 4127, None), ('round 8 (NEWID 4128-4587)', 4128, 4587, None),
         ('round 9 (NEWID 4588-4919)', 4588, 4919, None), ('round 10 (NEWID 4920-5225)', 4920, 5225, None),
         ('round 11 (NEWID 5226-5574)', 5226, 5574, None),
         ('round 12 (NEWID 5575-5973)', 5575, 5973, None), ('round 13 (NEWID 5974-6373)', 5974, 6373, None),
         ('round 14 (NEWID 6374-6906)', 6374, 6906, None), ('round 15 (NEWID 6907-7375)', 6907, 7375, None),
         ('round 16 (NEWID 7376-7742)', 7376, 7742, None), ('round 17 (NEWID 7743-8124)', 7743, 8124, None),
         ('round 18 (NEWID 8125-8523)', 8125, 8523, None), ('round 19 (NEWID 8524-8839)', 8524, 8839, None),
         ('round 20 (NEWID 8840-9223)', 8840, 9223, None), ('round 21 (NEWID 9224-9679)', 9224, 9679, None),
         ('round 22 (NEWID 9680-10033)', 9680, 10033, None), ('round 23 (NEWID 10034-10349)', 10034, 10349, None),
         ('round 24 (NEWID 10350-10708)', 10350, 10708, None), ('round 25 (NEWID 10709-11080)', 10709, 11080, None),
         ('round 26 (NEWID 11081-11378)', 11081, 11378, None), ('round 27 (NEWID 11379-11769)', 11379, 11769, None),
         ('round 28 (NEWID 11770-12278)', 11770, 12278, None), ('round 29 (NEWID 12279-12674)', 12279, 12674, None),
         ('round 30 (NEWID 12675-13049)', 12675, 13049, None), ('round 31 (NEWID 13050-13904)', 13050, 13904, None),
         ('round 32 (NEWID 13905-14857)', 13905, 14857, None), ('round 33 (NEWID 14858-15254)', 14858, 15254, None),
         ('round 34 (NEWID 15255-15656)', 15255, 15656, None), ('round 35 (NEWID 15657-16132)', 15657, 16132, None),
         ('round 36 (NEWID 16133-16544)', 16133, 16544, None), ('round 37 (NEWID 16545-16904)', 16545, 16904, None),
         ('round 38 (NEWID 16905-17187)', 16905, 17187, None), ('round 39 (NEWID 17188-17359)', 17188, 17359, None),
         ('round 40 (NEWID 17360-17474)', 17360, 17474, None), ('round 41 (NEWID 17475-17890)', 17475, 17890, None),
         ('round 42 (NEWID 17891-18136)', 17891, 18136, None), ('round 43 (NEWID 18137-18442)', 18137, 18442, None),
         ('round 44 (NEWID 18443-18961)', 18443, 18961, None), ('round 45 (NEWID 18962-19353)', 18962, 19353, None),
         ('round 46, held-out (NEWID 19354-19684)', 19354, 19684, None),
         ('round 47, held-out (NEWID 19685-20057)', 19685, 20057, None),
         ('round 48, held-out (NEWID 20058-20614)', 20058, 20614, None),
         ('round 49, held-out (NEWID 20615+)', 20615, 10 ** 9, None))
HELD = {part[0] for part in PARTS[-4:]}


def part_of(nid):
    return next(name for name, lo, hi, which in PARTS if lo <= nid <= hi and which in (None, nid % 2))


results = {part[0]: [] for part in PARTS}
for nid, p, n, chk, kind, pos, alts in labels:
    name, paras, qs = found[nid]
    text = qs.get((p, n))
    if text is None or check(text) != chk:
        sys.exit('NEWID %d %d.%d: the key finds other words than were labelled' % (nid, p, n))
    q = answer(nid, p, text)
    got = person(q)
    if kind == 'none':
        outcome = 'right' if got is None else 'wrong'
    elif got is None:
        outcome = 'missing'
    else:
        outcome = 'right' if right(got, alts) else 'wrong'
    results[part_of(nid)].append((nid, p, n, kind, pos, alts, outcome, shown_as(q)))


def pct(a, b):
    return '%5.1f%%' % (100.0 * a / b) if b else '   - '


def line(label, rows, target=''):
    r = sum(1 for x in rows if x[6] == 'right')
    w = sum(1 for x in rows if x[6] == 'wrong')
    m = sum(1 for x in rows if x[6] == 'missing')
    n = len(rows)
    print('  %-26s %4d   right %4d %s   wrong %3d %s   missing %3d %s%s'
          % (label, n, r, pct(r, n), w, pct(w, n), m, pct(m, n), target))
    return r, w, m, n


for part, *_ in PARTS:
    rows = results[part]
    if part in HELD and not os.environ.get('HELD_OUT'):
        print('%s: %d quotes, figures not shown (HELD_OUT=1 shows them)\n' % (part, len(rows)))
        continue
    print('%s: %d quotes in %d stories' % (part, len(rows), len({x[0] for x in rows})))
    named = [x for x in rows if x[3] == 'named']
    r, w, m, n = line('named in the sentence', named)
    rb, wb, mb, nb = line('  named before the quote', [x for x in named if x[4] == 'before'])
    rp, wp, mp, np_ = line('pronoun', [x for x in rows if x[3] == 'pronoun'])
    line('named or pronoun', [x for x in rows if x[3] in ('named', 'pronoun')])
    line('context (not attempted)', [x for x in rows if x[3] == 'context'])
    none = [x for x in rows if x[3] == 'none']
    print('  %-26s %4d   given a speaker anyway %d' % ('none', len(none), sum(1 for x in none if x[6] == 'wrong')))
    ok = lambda c: 'met' if c else 'MISSED'
    print('  issue 22: named right %s >= 90%% %s; named wrong %s <= 2%% %s; before right %s >= 80%% %s; '
          'pronouns resolved wrongly %d of %d <= 1 in 50 %s'
          % (pct(r, n).strip(), ok(n and r / n >= 0.9), pct(w, n).strip(), ok(n and w / n <= 0.02),
             pct(rb, nb).strip(), ok(nb and rb / nb >= 0.8), wp, np_, ok(np_ and wp / np_ <= 0.02)))
    print()
for part, *_ in PARTS:
    if part in HELD and not os.environ.get('HELD_OUT_MISSES'):
        print('%s misses: not listed (HELD_OUT_MISSES=1 lists them)' % part)
        continue
    print('%s misses (NEWID P.N kind/pos: expected -> brief):' % part)
    for nid, p, n, kind, pos, alts, outcome, got in results[part]:
        if outcome != 'right' or os.environ.get('ALL'):
            print('  %5d %2d.%d %s/%s %s: %s -> %s' % (nid, p, n, kind, pos, outcome, alts[0], got))
    print()
PY
