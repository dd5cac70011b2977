"""The HTML report: its content, and a real headless browser rendering it."""

import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.report import build

ROOT = Path(__file__).resolve().parent.parent
BROWSER_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("run")
    assert main(["run", str(ROOT / "seeds"), "-o", str(out)]) == 0
    return build(out)


def test_report_content(report):
    page = report.read_text(encoding="utf-8")
    assert page.count("<svg") >= 2  # network and timeline, inline
    for fetch in ('src="http', "src='http", 'href="http', "<link", "@import"):
        assert fetch not in page  # nothing to fetch at view time
    assert 'title="COUNTRY: PER"' in page and 'title="DATE: 2024-09-18"' in page
    assert "000_7ce6f07b449e8f40" in page and "004_b57d633a2ae02485" in page
    assert "IND-RUS" in page and "IND-PER" in page
    assert "अलेक्सी ग्रुज़देव" in page


def _browser() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_report_renders_in_a_headless_browser(report, tmp_path):
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium on this machine and none could be installed (make test installs Debian's chromium)")
    flags = [browser, *BROWSER_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    shot = tmp_path / "report.png"
    subprocess.run(
        [*flags, "--window-size=1200,1600", f"--screenshot={shot}", report.as_uri()], capture_output=True, timeout=120
    )
    dom = subprocess.run([*flags, "--dump-dom", report.as_uri()], capture_output=True, timeout=120, text=True).stdout
    assert "Event frames: 2 documents" in dom and "सह-अध्यक्षता" in dom
    import matplotlib.image

    pixels = matplotlib.image.imread(shot)
    assert pixels.shape[0] > 500 and pixels.std() > 0.05  # a rendered page, not a blank one
