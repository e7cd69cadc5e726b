"""kb_diff on a real SQLite workspace: article facts as spells, and their verdicts against the KB."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from blocwatch import store
from blocwatch.extract import article_from_text
from blocwatch.kb import members
from blocwatch.kb_diff import article_spells, judge, kb_diff
from blocwatch.records import Extraction, Membership, Span


def _save(conn, text: str, published: str, facts: list[tuple]) -> str:
    article = article_from_text(text, published=published)
    ev = Span(0, len(text), text)
    mems = [Membership(org, member, status, since, until, ev) for org, member, status, since, until in facts]
    store.save_extraction(conn, article, Extraction(article={"id": article.id}, memberships=mems))
    return article.id


def _workspace(db_path):
    conn = store.connect(db_path)
    _save(conn, "Founded in 2001, the bloc consisted of six states; two joined in 2017.", "2021-09-15", [
        ("SCO", "CHN", "founder", "2001", None),
        ("SCO", "IND", "member", "2017", None),
        ("SCO", "IRN", "applicant", None, None),
        ("SCO", "AFG", "observer", None, None),
        ("SCO", "IRN", "member", None, None),  # contradicts: Iran was an observer in 2021
    ])
    _save(conn, "A newer report on exits and newcomers.", "2030-05-01", [
        ("ECOWAS", "MLI", "former_member", None, "2024-01"),
        ("NATO", "BRA", "member", "2030-04", None),  # nothing in the KB for this pair
    ])
    return conn


def test_kb_diff_verdicts_against_curated_kb(db_path):
    conn = _workspace(db_path)
    rows = kb_diff(conn)
    verdicts = {(r["org"], r["member"], r["status"]): r["verdict"] for r in rows}
    assert verdicts[("SCO", "CHN", "founder")] == "confirm"
    assert verdicts[("SCO", "IND", "member")] == "confirm"
    assert verdicts[("SCO", "IRN", "applicant")] == "confirm"  # admitted later in the KB
    assert verdicts[("SCO", "AFG", "observer")] == "confirm"
    assert verdicts[("SCO", "IRN", "member")] == "contradict"
    assert verdicts[("NATO", "BRA", "member")] == "extend"
    # newest article first, each row with its KB spell and its evidence
    assert rows[0]["published"] == "2030-05-01"
    chn = next(r for r in rows if r["member"] == "CHN")
    assert chn["kb"]["status"] == "founder" and chn["kb"]["origin"] != "article"
    assert chn["evidence"].startswith("Founded in 2001")
    assert kb_diff(conn, verdict="contradict") == [r for r in rows if r["verdict"] == "contradict"]


def test_kb_diff_exit_is_judged_on_its_until_date(db_path):
    conn = _workspace(db_path)
    row = next(r for r in kb_diff(conn) if r["member"] == "MLI")
    assert row["verdict"] in ("confirm", "extend")
    fact = {"org": "NATO", "member": "FRA", "status": "former_member", "since": None, "until": "2015",
            "published": "2015-06-01"}
    assert judge(fact)[0] == "contradict"  # France is a NATO member throughout 2015 in the KB


def test_article_spells_feed_kb_queries(db_path):
    conn = _workspace(db_path)
    spells = article_spells(conn)
    assert {s.origin for s in spells} == {"article"}
    bra = next(s for s in spells if s.member == "BRA")
    assert (bra.since, bra.source.startswith("article:")) == ("2030-04", True)
    afg = next(s for s in spells if s.member == "AFG")
    assert afg.since == "2021-09-15"  # an undated statement holds from the article's date
    mali = next(s for s in spells if s.member == "MLI")
    assert (mali.status, mali.since, mali.until) == ("former_member", "2024-01", None)
    at = members("NATO", "2030-06-01", extra_spells=spells)
    assert any(s.member == "BRA" and s.origin == "article" for s in at)
    assert not any(s.member == "BRA" for s in members("NATO", "2030-06-01"))


def test_kb_diff_cli_table_json_and_missing_workspace(db_path, tmp_path):
    from blocwatch.cli import main

    _workspace(db_path).close()
    runner = CliRunner()
    out = runner.invoke(main, ["kb", "diff", "--db", str(db_path)])
    assert out.exit_code == 0, out.output
    assert out.output.splitlines()[0].split()[:3] == ["verdict", "org", "member"]
    assert "contradict" in out.output
    out = runner.invoke(main, ["kb", "diff", "--db", str(db_path), "--format", "json", "--verdict", "extend"])
    assert out.exit_code == 0 and '"verdict": "extend"' in out.output and "confirm" not in out.output
    out = runner.invoke(main, ["kb", "diff", "--db", str(tmp_path / "missing.db")])
    assert out.exit_code == 2 and "E020" in out.output


@pytest.mark.model
def test_kb_diff_founding_article_confirms_curated_kb(nlp, eval_dir, db_path):
    """Measured on the founding article: its SCO statements are stored and confirmed by the KB."""
    from blocwatch.extract import extract_articles
    from blocwatch.readers import articles_only, read_file

    article = articles_only(read_file(eval_dir / "articles" / "afp_security_blocs_2021.txt"))[0]
    done = next(extract_articles([article], nlp=nlp))
    conn = store.connect(db_path)
    store.save_extraction(conn, article, done.extraction)
    rows = {(r["org"], r["member"], r["status"]): r for r in kb_diff(conn)}
    wanted = {("SCO", c, "founder") for c in ("CHN", "RUS", "KGZ", "KAZ", "TJK", "UZB")}
    wanted |= {("SCO", "IND", "member"), ("SCO", "PAK", "member"), ("SCO", "IRN", "applicant"),
               ("SCO", "AFG", "observer")}
    assert wanted <= set(rows)
    assert all(rows[k]["verdict"] == "confirm" for k in wanted)
    assert rows[("SCO", "IND", "member")]["since"] == "2017"
    assert "joined" in rows[("SCO", "IND", "member")]["evidence"]
