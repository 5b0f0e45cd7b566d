#!/usr/bin/env python3
"""A phone in the room, played by headless Chromium (Debian's chromium and
chromium-driver, driven by python3-selenium): opens the address the room's
code holds, finds a person by typing, chooses them, signs with pointer
events on the canvas, and reads the confirmation; then scans again, and tries
to sign a second person in from the same phone.

Usage: phone_signin.py URL QUERY NAME OTHER_PERSON_ID
Prints one JSON object of what the phone saw; exit 0 when every step ran
(the test judges what was seen)."""
import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait


def main():
    url, query, name, other = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=412,915", "--lang=zh-CN", "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    seen = {}
    shots = os.environ.get("LECTERN_SCREENSHOT_DIR", "")

    def shot(name):
        if shots:
            os.makedirs(shots, exist_ok=True)
            driver.save_screenshot(os.path.join(shots, "phone-%s.png" % name))

    try:
        wait = WebDriverWait(driver, 20)
        driver.get(url)
        wait.until(ec.visibility_of_element_located((By.ID, "query")))
        seen["landed"] = driver.current_url
        seen["meeting"] = driver.find_element(By.ID, "meeting").text
        box = driver.find_element(By.ID, "query")
        box.send_keys(query[0])
        seen["hint_after_one"] = driver.find_element(By.ID, "hint").text
        box.send_keys(query[1:])
        wait.until(lambda d: any(name in b.text for b in d.find_elements(By.CSS_SELECTOR, "#results button")))
        buttons = driver.find_elements(By.CSS_SELECTOR, "#results button")
        shot("found")
        seen["results"] = [b.text.split("\n")[0] for b in buttons]
        next(b for b in buttons if b.text.startswith(name)).click()
        pad = wait.until(ec.visibility_of_element_located((By.ID, "pad")))
        seen["submit_enabled_before"] = driver.find_element(By.ID, "submit").is_enabled()
        # A signature: pointer down, a zig-zag, pointer up (pointer events, as a finger makes).
        actions = ActionChains(driver)
        actions.move_to_element_with_offset(pad, -120, 0).click_and_hold()
        for i in range(1, 13):
            actions.move_by_offset(20, -30 if i % 2 else 30)
        actions.release().perform()
        wait.until(lambda d: d.find_element(By.ID, "submit").is_enabled())
        shot("signed")
        driver.find_element(By.ID, "submit").click()
        done = wait.until(ec.visibility_of_element_located((By.ID, "done")))
        seen["done_title"] = driver.find_element(By.ID, "done-title").text
        seen["done_name"] = driver.find_element(By.ID, "done-name").text
        seen["done_time"] = driver.find_element(By.ID, "done-time").text
        seen["done_colour"] = done.value_of_css_property("background-color")
        shot("done")
        # Scanning again on the same phone: 已于 … 签到.
        driver.get(url)
        wait.until(ec.visibility_of_element_located((By.ID, "done")))
        seen["rescan_title"] = driver.find_element(By.ID, "done-title").text
        seen["rescan_time"] = driver.find_element(By.ID, "done-time").text
        shot("rescan")
        # A second person from this phone (代签): refused.
        seen["second"] = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch('/api/v1/signin', {method: 'POST', headers: {'Content-Type': 'application/json'},"
            " body: JSON.stringify({person_id: arguments[0], signature: {strokes: [[[1, 1, 0], [9, 9, 20]]]}})})"
            ".then(r => r.json().then(j => done({status: r.status, body: j})));", other)
        # The page in English.
        driver.find_element(By.ID, "lang").click()
        seen["english_title"] = driver.find_element(By.ID, "done-title").text
    finally:
        driver.quit()
    print(json.dumps(seen, ensure_ascii=False))


if __name__ == "__main__":
    main()
