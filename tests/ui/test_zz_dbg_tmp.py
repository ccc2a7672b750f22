from test_map_drag import *  # noqa
def test_dbg(panel, run_js):
    image = grab_map(panel); image.save("/tmp/mapdrag/test900.png")
    s = run_js(panel.web_view, BORDER_SAMPLES_JS.replace("i += 3", "i += 1"))
    print("DBG", {k: len(v) for k, v in s.items()})
