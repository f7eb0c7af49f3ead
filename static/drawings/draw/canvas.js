// The drawing page's canvas: it holds the 28×28 grid, draws it crisp at any size, and adds a
// pass of the brush to every cell a mouse, finger or pen crosses. changed() runs after each.
import { SIZE, addPass, brushAlong, emptyGrid, isEmpty } from "../grid.js";

export function drawingCanvas(canvas, { changed }) {
  const ctx = canvas.getContext("2d");
  // grid[column][row]: 0, 0.3, 0.6, 0.9 or 1, sent to the API exactly as stored.
  let grid = emptyGrid();
  let stroke = null; // { pointerId, point } while a pointer is down

  function canvasColors() {
    const style = getComputedStyle(canvas);
    return {
      paper: style.getPropertyValue("--canvas-paper").trim() || "#fff",
      ink: style.getPropertyValue("--canvas-ink").trim() || "20, 18, 30",
      grid: style.getPropertyValue("--canvas-grid").trim() || "rgba(0, 0, 0, 0.07)",
    };
  }

  let colors = canvasColors();

  // Keep the backing store at device resolution so cells stay crisp.
  function resize() {
    const rect = canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const px = Math.max(SIZE, Math.round(rect.width * ratio));
    if (canvas.width !== px || canvas.height !== px) {
      canvas.width = px;
      canvas.height = px;
    }
    render();
  }

  function render() {
    const px = canvas.width;
    const edge = (i) => Math.round((i * px) / SIZE);
    ctx.fillStyle = colors.paper;
    ctx.fillRect(0, 0, px, px);
    for (let col = 0; col < SIZE; col++) {
      for (let row = 0; row < SIZE; row++) {
        const v = grid[col][row];
        if (v === 0) continue;
        ctx.fillStyle = `rgba(${colors.ink}, ${v})`;
        ctx.fillRect(edge(col), edge(row), edge(col + 1) - edge(col), edge(row + 1) - edge(row));
      }
    }
    // Faint one-device-pixel grid lines on the cell edges.
    ctx.fillStyle = colors.grid;
    for (let i = 1; i < SIZE; i++) {
      ctx.fillRect(edge(i), 0, 1, px);
      ctx.fillRect(0, edge(i), px, 1);
    }
  }

  function gridChanged() {
    render();
    changed();
  }

  function pointerToCells(event) {
    const rect = canvas.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * SIZE,
      y: ((event.clientY - rect.top) / rect.height) * SIZE,
    };
  }

  function onPointerDown(event) {
    if (stroke || (event.pointerType === "mouse" && event.button !== 0)) return;
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    const point = pointerToCells(event);
    stroke = { pointerId: event.pointerId, point };
    addPass(grid, Math.floor(point.x), Math.floor(point.y));
    gridChanged();
  }

  function onPointerMove(event) {
    if (!stroke || event.pointerId !== stroke.pointerId) return;
    const point = pointerToCells(event);
    const crossed = brushAlong(grid, stroke.point, point);
    stroke.point = point;
    if (crossed === 0) return; // still in the same cell
    gridChanged();
  }

  function onPointerUp(event) {
    if (stroke && event.pointerId === stroke.pointerId) stroke = null;
  }

  canvas.addEventListener("pointerdown", onPointerDown);
  canvas.addEventListener("pointermove", onPointerMove);
  canvas.addEventListener("pointerup", onPointerUp);
  canvas.addEventListener("pointercancel", onPointerUp);
  canvas.addEventListener("contextmenu", (event) => event.preventDefault());
  new ResizeObserver(resize).observe(canvas);
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
    colors = canvasColors();
    render();
  });

  return {
    grid: () => grid,
    isEmpty: () => isEmpty(grid),
    clear() {
      grid = emptyGrid();
      gridChanged();
    },
  };
}
