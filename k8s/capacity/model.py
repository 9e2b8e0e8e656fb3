#!/usr/bin/env python3
"""Capacity model of the open-day registration flash crowd (k8s/README.md, "Capacity model").

Standard library only. Every input is a flag; the defaults are the README's figures. Inputs marked
"assumption" were not measured (no MongoDB or RabbitMQ server runs on the development machines) and are to be
measured on the first test cluster; run the script again with the measured values.

    python3 k8s/capacity/model.py
    python3 k8s/capacity/model.py --store-ceiling 20000 --replica-rps 300 --hot-doc-ceiling 1500
"""

import argparse
import math

# Store writes per registration attempt on the MongoDB primary, counted from the code (README lists them):
#   registrations insert (PENDING, unique _id, phoneKey, checkInCode)       1
#   session_places: guarded take (confirmed) or waiting-list ticket          1
#   registrations: confirm or waitlist by _id with its outbox entry ($push)   1
#     (the same write takes the relay's lease for the writing pod: the relay claims by reading, no write)
#   outbox relay: settle ($pull the published entry, $unset the lease)         1
#     (one bulk command per relay pass of up to summer.events.relay.batch-size documents)
# and, for a confirmed (or promoted) registration only, the statistics consumer's insert-once of the event id
# (stats_events) in the same database: +1.
WRITES_PER_ATTEMPT = 4
WRITES_PER_CONFIRMED = 1
# Writes the request waits for one after another (w=majority each): insert, take, confirm; a waitlisted attempt
# also runs the ticket (findAndModify) after its take found the quota full, hence 4.
SEQUENTIAL_WRITES = 4
HPA_TARGET = 0.60
HPA_MAX = 20


def parse():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    a = p.add_argument
    a("--attempts", type=int, default=200_000, help="registration attempts in the crowd, all venues")
    a("--minutes", type=int, default=10, help="minutes the crowd lasts")
    a("--first-minute-share", "--peak-share", dest="first_minute_share", type=float, default=0.30,
      help="share of the attempts in the first minute (the later minutes decay geometrically)")
    a("--peak-factor", type=float, default=3.0, help="peak second / the first minute's mean second")
    a("--places", type=int, default=20_000, help="places on offer, all sessions (sets the confirmed share)")
    a("--top-session-share", type=float, default=0.20,
      help="share of the attempts that go to the most wanted session (assumption)")
    a("--replica-rps", type=float, default=375.0,
      help="registrations/s one openday pod sustains at its 1-core request (measured: openday-service's own "
           "CPU, 2.67 ms per attempt in the flash crowd, C2 JVM; 1000 / 2.67 = 375)")
    a("--gateway-cpu-us", type=float, default=1060.0,
      help="CPU µs of the gateway per registration it passes (measured: 1,060 in the same flash crowd)")
    a("--gateway-requests", type=float, default=1.0, help="requests through the gateway per attempt")
    a("--gateway-replicas", type=int, default=3, help="gateway replicas deployed (prod overlay)")
    a("--store-ceiling", type=float, default=10_000.0,
      help="writes/s the MongoDB primary takes at w=majority (assumption)")
    a("--hot-doc-ceiling", type=float, default=1_000.0,
      help="updates/s of one session_places document on the primary (assumption)")
    a("--majority-ms", type=float, default=2.0, help="latency of one w=majority write (assumption)")
    a("--confirm-ms", type=float, default=5.0, help="publisher-confirm latency, quorum queue (assumption)")
    a("--relay-batch", type=int, default=100,
      help="documents one relay pass takes at most (summer.events.relay.batch-size); in a rush passes fill up")
    a("--queue-ceiling", type=float, default=5_000.0, help="messages/s into one quorum queue (assumption)")
    a("--sensitivity", default="5000,10000,20000,40000", help="store ceilings (writes/s) for the sensitivity table")
    return p.parse_args()


def decay_ratio(first_share, minutes):
    """r such that first_share * (1 + r + ... + r^(minutes-1)) = 1."""
    if minutes == 1:
        return 0.0
    if abs(first_share - 1 / minutes) < 1e-12:
        return 1.0
    lo, hi = (0.0, 1.0) if first_share > 1 / minutes else (1.0, 100.0)
    for _ in range(200):
        r = (lo + hi) / 2
        total = first_share * (minutes if r == 1 else (1 - r**minutes) / (1 - r))
        lo, hi = (r, hi) if total < 1 else (lo, r)
    return (lo + hi) / 2


def arrivals(args):
    """Attempts per second over the crowd. Minute k (k >= 2) is flat at its geometric share; the first minute
    opens at the peak second and decays exponentially to the second minute's rate (time constant tau),
    holding the first minute's share."""
    r = decay_ratio(args.first_minute_share, args.minutes)
    per_minute = [args.attempts * args.first_minute_share * r**k for k in range(args.minutes)]
    mean1 = per_minute[0] / 60
    peak = args.peak_factor * mean1
    base = per_minute[1] / 60 if args.minutes > 1 else 0.0
    # (peak - base) * tau * (1 - exp(-60/tau)) = 60 * (mean1 - base)
    need = 60 * (mean1 - base) / (peak - base)
    lo, hi = 1e-6, 1e6
    for _ in range(200):
        tau = (lo + hi) / 2
        lo, hi = (tau, hi) if tau * (1 - math.exp(-60 / tau)) < need else (lo, tau)
    tau = (lo + hi) / 2
    seconds = [base + (peak - base) * (math.exp(-t / tau) - math.exp(-(t + 1) / tau)) * tau for t in range(60)]
    for m in range(1, args.minutes):
        seconds += [per_minute[m] / 60] * 60
    return per_minute, mean1, peak, tau, seconds


def waiting_room(seconds, rate):
    """Admission at `rate`/s, first come first served: the longest queue, the longest wait (s), the second the
    queue is empty again, and the admitted attempts per second."""
    queue, longest, worst_wait, cleared, admitted = 0.0, 0.0, 0.0, 0, []
    t = 0
    while t < len(seconds) or queue > 1e-9:
        queue += seconds[t] if t < len(seconds) else 0.0
        admitted.append(min(queue, rate))
        queue -= admitted[-1]
        longest = max(longest, queue)
        if queue > 1e-9:
            worst_wait = max(worst_wait, queue / rate)
            cleared = t + 1
        t += 1
    return longest, worst_wait, cleared, admitted


def main():
    args = parse()
    per_minute, mean1, peak, tau, seconds = arrivals(args)
    confirmed_share = min(1.0, args.places / args.attempts)
    writes = WRITES_PER_ATTEMPT + WRITES_PER_CONFIRMED * confirmed_share
    per_pod = args.replica_rps * HPA_TARGET
    gw_per_pod = 1e6 / args.gateway_cpu_us * HPA_TARGET  # 1-core request, 60 % of it
    # One thread, one pass at a time: read, confirms, settle, each once for up to a batch of documents (the
    # writes took the lease already).
    relay_per_pod = args.relay_batch * 1000 / (1 + args.majority_ms + args.confirm_ms)

    store_limit = args.store_ceiling / writes
    hot_limit = args.hot_doc_ceiling / args.top_session_share
    hpa_limit = HPA_MAX * per_pod
    # The gateway has no autoscaler: its replicas at their whole 1-core limit, before the opening is scaled for.
    gateway_limit = args.gateway_replicas * 1e6 / args.gateway_cpu_us / args.gateway_requests
    admit = min(store_limit, hot_limit, hpa_limit, gateway_limit)

    print(f"Crowd: {args.attempts:,} attempts in {args.minutes} min; first minute {args.first_minute_share:.0%}"
          f" = {per_minute[0]:,.0f} ({mean1:,.0f}/s mean); peak second {args.peak_factor:g}x = {peak:,.0f}/s,"
          f" decaying to the second minute's {per_minute[1] / 60 if args.minutes > 1 else 0:,.0f}/s"
          f" with tau = {tau:.1f} s")
    print("Attempts per minute: " + ", ".join(f"{m:,.0f}" for m in per_minute))
    print(f"Store writes per attempt: {WRITES_PER_ATTEMPT} + {WRITES_PER_CONFIRMED} x {confirmed_share:.0%} confirmed"
          f" = {writes:.2f}; events per attempt: 1")
    print(f"Per pod at the HPA's 60 %: openday {per_pod:,.0f} registrations/s, gateway {gw_per_pod:,.0f} requests/s,"
          f" relay up to {relay_per_pod:,.0f} events/s (one thread, passes of up to {args.relay_batch} documents)")
    print()

    rows = [
        ("peak second", peak),
        ("first-minute mean", mean1),
        ("second minute", per_minute[1] / 60 if args.minutes > 1 else 0.0),
        ("admitted at the ceiling", admit),
    ]
    print(f"| load | attempts/s | openday pods | gateway pods (of {args.gateway_replicas}) | primary writes/s"
          " | top session updates/s | events/s | pods the relay needs |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, rate in rows:
        pods = math.ceil(rate / per_pod)
        gw = math.ceil(rate * args.gateway_requests / gw_per_pod)
        flag = " (over 20)" if pods > HPA_MAX else ""
        print(f"| {name} | {rate:,.0f} | {pods}{flag} | {gw} | {rate * writes:,.0f} |"
              f" {rate * args.top_session_share:,.0f} | {rate:,.0f} | {math.ceil(rate / relay_per_pod)} |")
    print()

    print("Where it breaks (attempts/s over all sessions at which each limit is reached):")
    limits = sorted([
        (hot_limit, f"top session's counter document: {args.hot_doc_ceiling:,.0f} updates/s"
                    f" / {args.top_session_share:.0%} of the attempts"),
        (store_limit, f"primary's writes: {args.store_ceiling:,.0f} writes/s / {writes:.2f} per attempt"),
        (hpa_limit, f"HPA maximum: {HPA_MAX} pods x {per_pod:,.0f}/s"),
        (gateway_limit, f"gateway: {args.gateway_replicas} replicas x 1 core / {args.gateway_cpu_us:,.0f} µs"
                        f" x {args.gateway_requests:g} requests per attempt (scale it before the opening)"),
        (args.queue_ceiling, f"stats quorum queue: {args.queue_ceiling:,.0f} msgs/s (every attempt confirmed, as in"
                             " the opening seconds)"),
    ])
    for i, (limit, what) in enumerate(limits, 1):
        state = "below the peak" if limit < peak else "above the peak"
        print(f"  {i}. {limit:,.0f}/s  {what}  ({state} of {peak:,.0f}/s)")
    print(f"The top session's document binds first when that session draws more than"
          f" {args.hot_doc_ceiling / peak:.0%} of the peak second ({args.hot_doc_ceiling:,.0f} of {peak:,.0f}/s)")
    longest, wait, cleared, admitted = waiting_room(seconds, admit)
    print(f"Waiting room at {admit:,.0f} tokens/s ({admit / args.gateway_replicas:,.0f}/s per gateway replica):"
          f" longest queue {longest:,.0f}, longest wait {wait:,.1f} s, queue empty after {cleared} s")
    pods = min(HPA_MAX, math.ceil(admit / per_pod))
    backlog, delay, drained, _ = waiting_room(admitted, pods * relay_per_pod)
    print(f"Outbox behind {pods} pods' relays ({pods * relay_per_pod:,.0f} events/s): longest backlog"
          f" {backlog:,.0f} events, events up to {delay:,.1f} s late, backlog gone after {drained} s")
    latency = SEQUENTIAL_WRITES * args.majority_ms
    print(f"Store latency floor of one attempt: {SEQUENTIAL_WRITES} sequential w=majority writes x"
          f" {args.majority_ms:g} ms = {latency:g} ms; in flight at the peak: {peak * latency / 1000:,.0f} requests")
    print()

    print("| store ceiling (writes/s) | attempts/s it takes | openday pods at that rate | waiting-room longest wait"
          " | queue empty after |")
    print("|---:|---:|---:|---:|---:|")
    for ceiling in (float(c) for c in args.sensitivity.split(",")):
        rate = min(ceiling / writes, hot_limit, hpa_limit, gateway_limit)
        longest, wait, cleared, _ = waiting_room(seconds, rate)
        cap = {hpa_limit: "HPA", gateway_limit: f"the gateway's {args.gateway_replicas} replicas", hot_limit: "hot document"}
        note = "" if rate == ceiling / writes else f" (capped by {cap[rate]})"
        print(f"| {ceiling:,.0f} | {rate:,.0f}{note} | {math.ceil(rate / per_pod)} | {wait:,.1f} s | {cleared} s |")


if __name__ == "__main__":
    main()
