"""Conway's Game of Life on a small torus, printed generation by generation."""


def step(alive, width, height):
    counts = {}
    for (x, y) in alive:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    cell = ((x + dx) % width, (y + dy) % height)
                    counts[cell] = counts.get(cell, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in alive)}


def show(alive, width, height):
    for y in range(height):
        print("".join("#" if (x, y) in alive else "." for x in range(width)))
    print()


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
board = glider
for generation in range(4):
    print(f"generation {generation}:")
    show(board, 8, 6)
    board = step(board, 8, 6)
