import { describe, expect, it } from "vitest";
import { addTime, idleTimer, pause, remainingMs, reset, resume, snapshot, start, status } from "./phaseTimer";

const T0 = 1_700_000_000_000;
const MIN = 60_000;

describe("phaseTimer", () => {
  it("is idle with nothing remaining before it starts", () => {
    expect(status(idleTimer, T0)).toBe("idle");
    expect(remainingMs(idleTimer, T0)).toBeNull();
  });

  it("counts down while running and finishes exactly at endsAt", () => {
    const t = start(10 * MIN, T0);
    expect(t).toEqual({ endsAt: T0 + 10 * MIN, remainingMs: null, durationMs: 10 * MIN });
    expect(status(t, T0 + 1)).toBe("running");
    expect(remainingMs(t, T0 + 4 * MIN)).toBe(6 * MIN);
    expect(status(t, T0 + 10 * MIN - 1)).toBe("running");
    expect(status(t, T0 + 10 * MIN)).toBe("finished");
    expect(remainingMs(t, T0 + 11 * MIN)).toBe(0);
  });

  it("rejects durations that are not positive whole milliseconds", () => {
    expect(() => start(0, T0)).toThrow(RangeError);
    expect(() => start(-5, T0)).toThrow(RangeError);
    expect(() => start(Number.NaN, T0)).toThrow(RangeError);
    expect(() => start(1.5, T0)).toThrow(RangeError);
    expect(() => addTime(start(MIN, T0), Infinity, T0)).toThrow(RangeError);
  });

  it("holds the remaining time while paused, however long the pause lasts", () => {
    const paused = pause(start(10 * MIN, T0), T0 + 3 * MIN);
    expect(status(paused, T0 + 60 * MIN)).toBe("paused");
    expect(remainingMs(paused, T0 + 60 * MIN)).toBe(7 * MIN);
    const resumed = resume(paused, T0 + 60 * MIN);
    expect(status(resumed, T0 + 60 * MIN)).toBe("running");
    expect(resumed.endsAt).toBe(T0 + 67 * MIN);
    expect(resumed.durationMs).toBe(10 * MIN);
  });

  it("ignores pause when not running and resume when not paused", () => {
    const running = start(MIN, T0);
    expect(resume(running, T0 + 1)).toBe(running);
    expect(pause(idleTimer, T0)).toBe(idleTimer);
    expect(pause(running, T0 + 2 * MIN)).toBe(running); // already finished
    const paused = pause(running, T0 + 1000);
    expect(pause(paused, T0 + 2000)).toBe(paused);
  });

  it("adds time to a running timer and to its total duration", () => {
    const t = addTime(start(5 * MIN, T0), 2 * MIN, T0 + MIN);
    expect(remainingMs(t, T0 + MIN)).toBe(6 * MIN);
    expect(t.durationMs).toBe(7 * MIN);
  });

  it("adds time to a paused timer without starting it", () => {
    const t = addTime(pause(start(5 * MIN, T0), T0 + MIN), MIN, T0 + 2 * MIN);
    expect(status(t, T0 + 10 * MIN)).toBe("paused");
    expect(remainingMs(t, T0 + 10 * MIN)).toBe(5 * MIN);
  });

  it("counts added time from now once the timer has finished", () => {
    const t = addTime(start(MIN, T0), 2 * MIN, T0 + 5 * MIN);
    expect(status(t, T0 + 5 * MIN)).toBe("running");
    expect(t.endsAt).toBe(T0 + 7 * MIN);
  });

  it("removes time with a negative amount but never below zero", () => {
    const running = start(5 * MIN, T0);
    expect(remainingMs(addTime(running, -2 * MIN, T0), T0)).toBe(3 * MIN);
    const overdrawn = addTime(running, -10 * MIN, T0 + MIN);
    expect(status(overdrawn, T0 + MIN)).toBe("finished");
    expect(remainingMs(overdrawn, T0 + MIN)).toBe(0);
    expect(overdrawn.durationMs).toBe(MIN);
  });

  it("starts an idle timer when time is added, and ignores removing time from it", () => {
    expect(addTime(idleTimer, MIN, T0)).toEqual(start(MIN, T0));
    expect(addTime(idleTimer, -MIN, T0)).toBe(idleTimer);
  });

  it("resets to idle", () => {
    expect(status(reset(), T0)).toBe("idle");
    expect(reset()).toEqual({ endsAt: null, remainingMs: null, durationMs: null });
  });

  it("snapshots state with the server's clock for clients", () => {
    const s = snapshot(start(MIN, T0), T0 + 1000);
    expect(s).toMatchObject({ status: "running", remainingMsNow: 59_000, serverNow: T0 + 1000, endsAt: T0 + MIN });
  });
});
