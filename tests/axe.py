"""axe-core's accessibility rules, run in the browser tests' pages from the vendored copy.

The script is loaded from the site's own static files (static/vendor/axe-core/), as any page
script is, so a Content-Security-Policy that allows only the site's own scripts lets it run.
"""

AXE_URL = "/static/vendor/axe-core/axe.min.js"

RUN = """async () => {
  const result = await axe.run(document);
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    where: v.nodes.slice(0, 3).map((node) => node.target.join(" ")),
  }));
}"""


def violations(page):
    """axe-core's violations of every rule it runs by default on the page as it is now."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.add_script_tag(url=AXE_URL)
    return page.evaluate(RUN)


def assert_accessible(page):
    found = violations(page)
    assert not found, f"axe-core on {page.url}:\n" + "\n".join(
        f"  {v['rule']} ({v['impact']}): {v['help']} at {v['where']}" for v in found
    )
