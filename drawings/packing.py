"""Packing drawings as they are stored (zlib over little-endian float64), in a process of its own.

An import checks its lines in the main thread while its grids are packed. zlib lets go of the
interpreter lock while it compresses, but a packing thread takes the lock back after every grid
and the check waits each time; a child process shares no lock with it.

Run as a script, this file is the child: it reads grids as raw float64 from standard input until
it closes, then writes back the length of each packed grid (native uint32) and the packed grids
one after another. It imports only the standard library, so `python -I` starts it quickly.
"""

import array
import contextlib
import fcntl
import itertools
import os
import subprocess
import sys
import zlib
from concurrent.futures import ThreadPoolExecutor

# A grid: drawings.ml.grid's 28 × 28 float64 (the child imports nothing of the project's).
GRID_BYTES = 28 * 28 * 8
# Pipes this large (Linux's limit for anyone, /proc/sys/fs/pipe-max-size) move a batch of grids
# in a few dozen turns between the processes instead of a few hundred.
PIPE_BYTES = 2**20
LENGTH = "I"
# zlib takes and frees about 256 KB for every grid it packs. Without a pad, glibc gives that
# back to the system at every free and faults it in again, which slows the child down
# (docs/performance.md).
CHILD_ENVIRONMENT = {"MALLOC_TOP_PAD_": str(2**20)}


def pack(grid):
    """A grid's bytes (28 × 28 little-endian float64), packed: zlib's default level, 6."""
    return zlib.compress(grid)


class PackingFailed(Exception):
    pass


class Packer:
    """Packs grids in a child process while the caller goes on: `send` them, then take them
    back `packed`. Leaving its `with` block, however it is left, ends the child."""

    def __init__(self):
        self.process = subprocess.Popen(
            [sys.executable, "-I", __file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, **CHILD_ENVIRONMENT},
        )
        for pipe in (self.process.stdin, self.process.stdout):
            widen(pipe)
        # One thread writes to the child, so that `send` returns while the child reads.
        self.writer = ThreadPoolExecutor(1)
        self.writing = None
        self.sent = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.process.kill()  # nothing if it has ended
        self.writer.shutdown()  # a write under way fails once the child is gone
        with contextlib.suppress(BrokenPipeError):  # what the failed write left unsent
            self.process.stdin.close()
        self.process.stdout.close()
        self.process.wait()

    def send(self, grids):
        """Queue grids, a buffer of little-endian float64 such as a numpy array (n, 28, 28);
        waits while the grids sent before are still on their way."""
        self.wait_for_writing()
        self.sent += memoryview(grids).nbytes // GRID_BYTES
        self.writing = self.writer.submit(self.process.stdin.write, grids)

    def packed(self):
        """Every grid sent, packed, in the order sent; PackingFailed if the child failed."""
        self.wait_for_writing()
        with contextlib.suppress(BrokenPipeError):  # the child has ended early: found out below
            self.process.stdin.close()
        lengths = array.array(LENGTH)
        lengths.frombytes(self.process.stdout.read(self.sent * lengths.itemsize))
        blobs = self.process.stdout.read()
        code = self.process.wait()
        if code or len(lengths) != self.sent or len(blobs) != sum(lengths):
            raise PackingFailed(f"The packing process ended with code {code}.")
        ends = itertools.accumulate(lengths, initial=0)
        return [blobs[start:end] for start, end in itertools.pairwise(ends)]

    def wait_for_writing(self):
        if self.writing is not None:
            with contextlib.suppress(BrokenPipeError):  # the child has ended early: see `packed`
                self.writing.result()


def widen(pipe):
    """Make a pipe PIPE_BYTES large where the system lets it (Linux does)."""
    try:
        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (AttributeError, OSError):
        pass


def main():
    """The child: pack every grid read from standard input, then write them all back."""
    packed = []
    with open(sys.stdin.fileno(), "rb", buffering=PIPE_BYTES, closefd=False) as grids:
        while grid := grids.read(GRID_BYTES):
            packed.append(pack(grid))
    out = sys.stdout.buffer
    out.write(array.array(LENGTH, map(len, packed)).tobytes())
    for blob in packed:
        out.write(blob)
    out.flush()


if __name__ == "__main__":
    main()
