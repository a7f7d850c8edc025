// Live updates: the server says "changed" over server-sent events, the page fetches its own main content again.
(() => {
  const live = document.getElementById("live");
  let refreshing = false, pending = false;

  async function refresh() {
    if (refreshing) { pending = true; return; }
    refreshing = true;
    try {
      const main = document.getElementById("main");
      const open = [...main.querySelectorAll("details[open][id]")].map(d => d.id);
      const console = main.querySelector("pre.console");
      const atBottom = console && console.scrollTop + console.clientHeight >= console.scrollHeight - 4;
      const response = await fetch(location.href, { headers: { "X-Dashboard-Partial": "1" } });
      if (response.ok) {
        main.innerHTML = await response.text();
        open.forEach(id => { const d = document.getElementById(id); if (d) d.open = true; });
        follow(atBottom);
        bindImport();
      }
    } finally {
      refreshing = false;
      if (pending) { pending = false; refresh(); }
    }
  }

  function follow(atBottom) {
    const console = document.querySelector("pre.console");
    if (console && atBottom !== false) console.scrollTop = console.scrollHeight;
  }

  function bindImport() {
    const input = document.getElementById("import");
    if (!input) return;
    input.onchange = async () => {
      const file = input.files[0];
      if (!file) return;
      const response = await fetch("/api/telemetry/import", { method: "POST", body: file, headers: { "Content-Type": "application/json" } });
      alert(response.ok ? "Imported " + JSON.stringify(await response.json()) : "Import failed: " + await response.text());
    };
  }

  const events = new EventSource("/events");
  events.onmessage = () => { if (!document.hidden) refresh(); };
  events.onopen = () => live.classList.add("on");
  events.onerror = () => live.classList.remove("on");
  follow(true);
  bindImport();
})();
