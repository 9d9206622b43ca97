import { describe, expect, it } from "vitest";
import { completionPublisher, completionReader, createCompletionBuffer } from "./completionRing";

function collect(reader: ReturnType<typeof completionReader>): Array<[number, number]> {
  const seen: Array<[number, number]> = [];
  reader.take((requestId, rowId) => seen.push([requestId, rowId]));
  return seen;
}

describe("the completion ring", () => {
  it("hands the reader each finished write once, in the order published", () => {
    const buffer = createCompletionBuffer(8);
    const publish = completionPublisher(buffer);
    const reader = completionReader(buffer);
    expect(collect(reader)).toEqual([]);
    publish(1, 101);
    publish(2, 102);
    expect(collect(reader)).toEqual([
      [1, 101],
      [2, 102],
    ]);
    publish(3, 2 ** 40); // row ids beyond 32 bits survive
    expect(collect(reader)).toEqual([[3, 2 ** 40]]);
    expect(collect(reader)).toEqual([]);
  });

  it("skips entries the writer has overwritten while the reader was away", () => {
    const buffer = createCompletionBuffer(4);
    const publish = completionPublisher(buffer);
    const reader = completionReader(buffer);
    for (let id = 1; id <= 10; id++) publish(id, id * 10);
    // Only the last three are safe to read from a ring of four (the worker could be writing
    // the fourth slot); the others are settled by their reply messages.
    expect(collect(reader).map(([id]) => id)).toEqual([8, 9, 10]);
    publish(11, 110);
    expect(collect(reader)).toEqual([[11, 110]]);
  });

  it("keeps working when the published count wraps around 32 bits", () => {
    const buffer = createCompletionBuffer(4);
    new Int32Array(buffer, 0, 1)[0] = 2 ** 31 - 2; // as if two billion writes had gone before
    const publish = completionPublisher(buffer);
    const reader = completionReader(buffer);
    collect(reader); // catches up
    for (let id = 1; id <= 3; id++) publish(id, id);
    expect(collect(reader).map(([id]) => id)).toEqual([1, 2, 3]);
  });
});
