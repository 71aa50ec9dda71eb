#!/usr/bin/env bash
# The Slurm recipe of docs/SCALING.md, for real: starts a single-node Slurm on this machine
# (its own munged, slurmctld and slurmd, on free ports, everything in a temporary folder),
# submits packaging/slurm/tagscope-array.sbatch as an array of 4 shards over 40 files, and
# checks that the shards' lines, merged and sorted, equal byte for byte the sorted lines of one
# tagscope-cli process over the same manifest. The daemons are stopped whatever happens.
#
#   slurm_array_test.sh TAGSCOPE_CLI SAMPLES_DIR JOB_SCRIPT
# Exit 0 pass, 1 fail, 77 skipped (not root: slurmd must run jobs as the submitting user).
set -euo pipefail
cli=$(realpath "$1") samples=$2 jobscript=$(realpath "$3")
shards=4 copies=10

say() { printf 'cluster test: %s\n' "$*"; }
die() { say "FAIL: $*"; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
    say "SKIP: needs root (a single-node Slurm runs slurmd as root; CI runs as root)"
    exit 77
fi
for program in munged munge slurmctld slurmd sbatch sinfo squeue scancel ss; do
    command -v "$program" >/dev/null ||
        die "'$program' not found: install slurm-wlm and munge (packaging/install-deps.sh)"
done

work=$(mktemp -d /tmp/tagscope-cluster.XXXXXX)
chmod 700 "$work"
export SLURM_CONF=$work/slurm.conf
daemons=()
cleanup() {
    local status=$?
    if [ -f "$SLURM_CONF" ] && ((${#daemons[@]} > 1)); then
        scancel --full --quiet --user=root 2>/dev/null || true
        for _ in $(seq 20); do
            [ -z "$(squeue -h 2>/dev/null)" ] && break
            sleep 0.5
        done
    fi
    if ((status != 0)); then
        for log in "$work"/*.log "$work"/out/*.out; do
            [ -f "$log" ] && { say "--- $log"; tail -n 20 "$log"; }
        done
    fi
    for ((k = ${#daemons[@]} - 1; k >= 0; k--)); do
        kill "${daemons[k]}" 2>/dev/null || true
        wait "${daemons[k]}" 2>/dev/null || true
    done
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# Two TCP ports nobody listens on (slurmctld, slurmd).
free_ports() {
    local port found=()
    for port in $(shuf -i 20000-40000 -n 200); do
        [ -z "$(ss -Htan "( sport = :$port )")" ] && found+=("$port")
        ((${#found[@]} == 2)) && break
    done
    echo "${found[@]}"
}
read -r ctld_port slurmd_port < <(free_ports)
[ -n "${slurmd_port:-}" ] || die "no free ports in 20000-40000"

# munge: our own key and socket, so the machine's munged (if any) is left alone.
mkdir -m 700 "$work/munge"
if command -v mungekey >/dev/null; then
    mungekey --create --keyfile="$work/munge/munge.key" 2>/dev/null
else
    dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
fi
chmod 400 "$work/munge/munge.key"
socket=$work/munge/munge.socket
munged --foreground --force --key-file="$work/munge/munge.key" --socket="$socket" \
    --pid-file="$work/munge/munged.pid" --log-file="$work/munged.log" \
    --seed-file="$work/munge/munged.seed" >"$work/munged.console" 2>&1 &
daemons+=($!)
for _ in $(seq 50); do
    munge --socket="$socket" --no-input 2>/dev/null | unmunge --socket="$socket" >/dev/null 2>&1 &&
        break
    sleep 0.2
done
munge --socket="$socket" --no-input | unmunge --socket="$socket" >/dev/null ||
    die "munged does not answer on $socket"

# slurm.conf: this machine as the only node, with the CPUs and memory slurmd -C reports.
node=$(hostname -s)
hardware=$(slurmd -C | head -n 1 | sed "s/^NodeName=[^ ]*//")
mkdir -p "$work/state" "$work/spool" "$work/out" "$work/shards" "$work/music"
cat >"$SLURM_CONF" <<CONF
ClusterName=tagscope-test
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
PlugStackConfig=$work/plugstack.conf
NodeName=$node NodeAddr=127.0.0.1 $hardware State=UNKNOWN
PartitionName=tagscope Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
: >"$work/plugstack.conf"

slurmctld -D -c -f "$SLURM_CONF" >"$work/slurmctld.console" 2>&1 &
daemons+=($!)
slurmd -D -f "$SLURM_CONF" -N "$node" >"$work/slurmd.console" 2>&1 &
daemons+=($!)
state=""
for _ in $(seq 60); do
    state=$(sinfo -h -n "$node" -o %t 2>/dev/null || true)
    [ "$state" = idle ] && break
    sleep 0.5
done
[ "$state" = idle ] || die "node $node is not idle after 30 s (sinfo says '$state')"
say "single-node Slurm up on $node (ports $ctld_port, $slurmd_port)"

# 40 files: the four samples, 10 copies each under distinct names; a manifest of relative paths.
manifest=$work/manifest.txt
echo "# the cluster test's catalogue" >"$manifest"
for sample in "$samples"/*.mp3; do
    for ((k = 1; k <= copies; k++)); do
        name=$(basename "$sample" .mp3)-$k.mp3
        cp "$sample" "$work/music/$name"
        echo "music/$name" >>"$manifest"
    done
done
files=$(grep -vc '^#' "$manifest")
((files == 40)) || die "expected 40 files from the 4 samples in $samples, got $files"

submit() {  # sbatch arguments; waits for the job's end
    TAGSCOPE_CLI=$cli timeout 150 sbatch --wait --quiet \
        --output="$work/out/slurm-%A_%a.out" --chdir="$work" "$@" \
        "$jobscript" "$manifest" "$work/shards" --store "$work/shards/store-%K.sqlite"
}
start=$SECONDS
submit --array=1-$shards || die "the array job failed"
say "array job of $shards shards done in $((SECONDS - start)) s"
for ((k = 1; k <= shards; k++)); do
    [ -s "$work/shards/store-$k.sqlite" ] || die "shard $k made no store of its own (%K)"
done

# A task killed mid-write leaves a torn last line: rerunning that task alone repairs it.
shard2=$work/shards/shard-2.jsonl
truncate -s -100 "$shard2"
start=$SECONDS
TAGSCOPE_SHARDS=$shards submit --array=2 || die "rerunning shard 2 failed"
say "shard 2 rerun in $((SECONDS - start)) s"
grep -q "cut off a torn last line" "$work"/out/slurm-*_2.out ||
    die "the rerun of shard 2 did not report the torn line"

"$cli" tag --manifest "$manifest" --format jsonl -o "$work/single.jsonl" ||
    die "the single-process run failed"

for ((k = 1; k <= shards; k++)); do
    lines=$(wc -l <"$work/shards/shard-$k.jsonl")
    ((lines == files / shards)) || die "shard $k has $lines lines, expected $((files / shards))"
done
cat "$work"/shards/shard-*.jsonl | LC_ALL=C sort >"$work/merged.sorted"
LC_ALL=C sort "$work/single.jsonl" >"$work/single.sorted"
[ "$(wc -l <"$work/single.sorted")" -eq "$files" ] || die "the single run wrote no line per file"
if ! cmp "$work/merged.sorted" "$work/single.sorted"; then
    diff "$work/merged.sorted" "$work/single.sorted" | head -c 2000
    die "the merged shards differ from the single run"
fi
say "PASS: $shards shards merged equal the single run ($files lines, byte for byte, sorted)"
