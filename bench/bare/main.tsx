// The baseline for the browser bench: the least a React 19 + Vite page can do (a heading and a
// short list and a search field, rendered by React), so the app's first paint is compared with what the stack costs.
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'

const rows = Array.from({ length: 25 }, (_, i) => `Row ${i + 1}`)

function Page() {
  // A controlled search field: the keystroke baseline (the least a React page does per key).
  const [query, setQuery] = useState('')
  return (
    <main>
      <h1>Today</h1>
      <input
        type="search"
        aria-label="Search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <section aria-labelledby="rows">
        <h2 id="rows">Rows</h2>
        <ul>
          {rows.map((row) => (
            <li key={row}>{row}</li>
          ))}
        </ul>
      </section>
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
)
