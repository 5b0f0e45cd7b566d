#!/usr/bin/env python3
"""Two remotes in two headless Chromium windows: A pairs with the
administrator's PIN and starts, then pauses, the prompter; B is the chair's
view (/remote?view). Both must show the same state each time.

Usage: remote.py BASE_URL PIN
Prints one JSON object of what the two remotes showed."""
import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def browser():
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=430,900",
                "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def text(driver, element_id):
    return driver.find_element(By.ID, element_id).text


def main():
    base, pin = sys.argv[1], sys.argv[2]
    a, b = browser(), browser()
    seen = {}
    try:
        a.get(base + "/remote")
        b.get(base + "/remote?view")
        wait_a, wait_b = WebDriverWait(a, 20), WebDriverWait(b, 20)
        wait_b.until(lambda d: text(d, "link") == "仅查看")
        seen["view_controls_shown"] = b.find_element(By.ID, "controls").is_displayed()
        seen["view_pairing_shown"] = b.find_element(By.ID, "pair").is_displayed()
        wait_a.until(lambda d: d.find_element(By.ID, "pair").is_displayed())
        a.find_element(By.ID, "pair-input").send_keys(pin)
        a.find_element(By.ID, "pair-pin").click()
        wait_a.until(lambda d: d.find_element(By.ID, "controls").is_displayed())
        seen["paired_link"] = text(a, "link")
        seen["idle_a"], seen["idle_b"] = text(a, "state"), text(b, "state")
        a.find_element(By.ID, "toggle").click()
        wait_a.until(lambda d: text(d, "state").startswith("滚动中"))
        wait_b.until(lambda d: text(d, "state").startswith("滚动中"))
        seen["running_a"], seen["running_b"] = text(a, "state"), text(b, "state")
        seen["current_a"], seen["current_b"] = text(a, "current"), text(b, "current")
        a.find_element(By.ID, "faster").click()
        wait_b.until(lambda d: text(d, "state") != seen["running_b"])
        seen["faster_a"], seen["faster_b"] = text(a, "state"), text(b, "state")
        a.find_element(By.ID, "toggle").click()
        wait_a.until(lambda d: text(d, "state").startswith("已暂停"))
        wait_b.until(lambda d: text(d, "state").startswith("已暂停"))
        seen["paused_a"], seen["paused_b"] = text(a, "state"), text(b, "state")
        shots = os.environ.get("LECTERN_SCREENSHOT_DIR", "")
        if shots:
            os.makedirs(shots, exist_ok=True)
            a.save_screenshot(os.path.join(shots, "remote-control.png"))
            b.save_screenshot(os.path.join(shots, "remote-view.png"))
        # The view's commands are refused by the kiosk, whatever a page sends.
        seen["view_command"] = b.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "const s = new WebSocket('ws://' + location.host + '/api/v1/remote/ws');"
            "s.onopen = () => { s.send(JSON.stringify({hello: ''})); s.send(JSON.stringify({cmd: 'toggle'})); };"
            "s.onmessage = (e) => { const m = JSON.parse(e.data); if (m.error) done(m.error); };")
    finally:
        a.quit()
        b.quit()
    print(json.dumps(seen, ensure_ascii=False))


if __name__ == "__main__":
    main()
