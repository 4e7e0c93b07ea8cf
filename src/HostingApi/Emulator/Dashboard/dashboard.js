// Live updates without a reload: every few seconds, fetch the page it is on again and swap in each
// region marked data-live whose content changed. A region holding the keyboard focus is left alone
// until the focus leaves it, and forms that take typing sit outside those regions, so nothing typed
// or focused is lost. Polling, not server-sent events: the server holds no connection between polls.
(() => {
  const seconds = Number(document.body.dataset.refresh || 0);
  const status = document.getElementById("live-status");
  if (!(seconds > 0)) return;
  let failures = 0;
  async function refresh() {
    try {
      const response = await fetch(location.href, { headers: { "X-Dashboard-Refresh": "1" }, cache: "no-store", credentials: "same-origin" });
      if (!response.ok) throw new Error(String(response.status));
      const next = new DOMParser().parseFromString(await response.text(), "text/html");
      for (const region of document.querySelectorAll("[data-live]")) {
        const fresh = next.getElementById(region.id);
        if (fresh && fresh.innerHTML !== region.innerHTML && !region.contains(document.activeElement)) {
          region.innerHTML = fresh.innerHTML;
        }
      }
      if (failures > 0) status.textContent = "Live updates on";
      failures = 0;
    } catch {
      failures++;
      status.textContent = "Live updates paused: the server does not answer";
    }
    setTimeout(refresh, Math.min(seconds * 1000 * (1 + failures), 30000));
  }
  setTimeout(refresh, seconds * 1000);
})();
