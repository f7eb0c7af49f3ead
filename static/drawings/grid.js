// The canvas's arithmetic, as the teaching app defines it: 28×28 cells, grid[column][row], each
// cell 0 to 1; a pass of the brush adds 0.3 to a cell, capped at 1 and rounded to one decimal.
// No page in here: the drawing page draws with it, and the tests run it on its own.
export const SIZE = 28;
const BRUSH = 0.3;

export function emptyGrid() {
  return Array.from({ length: SIZE }, () => new Array(SIZE).fill(0));
}

export function isEmpty(grid) {
  return grid.every((column) => column.every((v) => v === 0));
}

// One pass of the brush over a cell; a cell off the grid is left alone.
export function addPass(grid, col, row) {
  if (col < 0 || col >= SIZE || row < 0 || row >= SIZE) return;
  const v = grid[col][row];
  grid[col][row] = Math.min(1, Math.round((v + BRUSH) * 10) / 10);
}

// Cells crossed by the segment from a to b (in cell units), excluding the
// start cell, in order. Grid traversal, so fast strokes leave no gaps.
export function cellsOnLine(a, b) {
  let col = Math.floor(a.x);
  let row = Math.floor(a.y);
  const endCol = Math.floor(b.x);
  const endRow = Math.floor(b.y);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const stepX = Math.sign(dx);
  const stepY = Math.sign(dy);
  // Distance along the segment (0..1) to the next vertical / horizontal cell edge.
  const deltaX = stepX ? Math.abs(1 / dx) : Infinity;
  const deltaY = stepY ? Math.abs(1 / dy) : Infinity;
  let nextX = stepX ? (stepX > 0 ? col + 1 - a.x : a.x - col) * deltaX : Infinity;
  let nextY = stepY ? (stepY > 0 ? row + 1 - a.y : a.y - row) * deltaY : Infinity;
  const cells = [];
  const maxSteps = Math.abs(endCol - col) + Math.abs(endRow - row);
  for (let i = 0; i < maxSteps; i++) {
    // Never step past the end cell on an axis, whatever rounding says.
    if (col !== endCol && (row === endRow || nextX < nextY)) {
      col += stepX;
      nextX += deltaX;
    } else {
      row += stepY;
      nextY += deltaY;
    }
    cells.push([col, row]);
  }
  return cells;
}

// A pass of the brush over every cell the pointer crossed moving from a to b; how many.
export function brushAlong(grid, a, b) {
  const cells = cellsOnLine(a, b);
  cells.forEach(([col, row]) => addPass(grid, col, row));
  return cells.length;
}
