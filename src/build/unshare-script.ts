// The `unshare` fallback (util-linux) when bubblewrap is missing: the same promises as bwrap, set up by a small
// POSIX shell script run as root of a fresh user namespace, then dropped to no capabilities before make runs.
//
//   sh -c SCRIPT lkm-audit-sandbox COPY TMP_BYTES RO_DIR... -- COMMAND...
//
// 1. open the copy and the read-only trees (they may sit under folders hidden in step 3);
// 2. remount every mount read-only, keeping the flags the kernel locks (nosuid, nodev, noexec, atime), and refuse
//    to go on if one stays writable;
// 3. hide the folders where secrets and sockets live (/home, /root, /run, /var, /srv, /mnt, /media) and /tmp under
//    private tmpfs mounts, replace /dev by one holding null, zero, full, random, urandom and tty, and mount a fresh
//    /proc for the new pid namespace;
// 4. bring back the read-only trees and the copy (read-write) from the open descriptors;
// 5. drop every capability (empty bounding set, no_new_privs) and exec the command in the copy.

export const UNSHARE_SCRIPT = String.raw`set -eu
copy=$1; tmpbytes=$2; shift 2
exec 3<"$copy"
fd=4
for p do
  [ "$p" = -- ] && break
  [ "$fd" -le 9 ] || { echo "lkm-audit sandbox: too many read-only trees" >&2; exit 125; }
  eval "exec $fd<\"\$p\""
  fd=$((fd + 1))
done
mounts() {
  awk '{ m = $5; gsub(/\\040/, " ", m); gsub(/\\011/, "\t", m); gsub(/\\134/, "\\", m); o[m] = $6; if (!(m in seen)) { seen[m] = 1; n++; order[n] = m } }
    END { for (i = 1; i <= n; i++) { x = o[order[i]]; sub(/^r[wo],?/, "", x); printf "%s\t%s\t%s\n", substr(o[order[i]], 1, 2), x, order[i] } }' /proc/self/mountinfo
}
tab=$(printf '\t')
mounts | while IFS=$tab read -r mode opts mp; do
  [ "$mode" = ro ] || mount -o "remount,bind,ro${'$'}{opts:+,$opts}" "$mp" 2>/dev/null || true
done
left=$(mounts | awk -F '\t' '$1 == "rw" { print $3 }')
if [ -n "$left" ]; then echo "lkm-audit sandbox: cannot make read-only: $left" >&2; exit 125; fi
for d in /home /root /run /var /srv /mnt /media; do
  if [ -d "$d" ] && [ ! -L "$d" ]; then mount -t tmpfs -o size=1m,mode=755,nosuid,nodev tmpfs "$d"; fi
done
mount -t tmpfs -o "size=$tmpbytes,mode=1777,nosuid,nodev" tmpfs /tmp
mkdir /tmp/.dev
mount -t tmpfs -o size=64k,mode=755,nosuid tmpfs /tmp/.dev
for n in null zero full random urandom tty; do
  touch "/tmp/.dev/$n"
  mount --bind "/dev/$n" "/tmp/.dev/$n"
done
ln -s /proc/self/fd /tmp/.dev/fd
ln -s /proc/self/fd/0 /tmp/.dev/stdin
ln -s /proc/self/fd/1 /tmp/.dev/stdout
ln -s /proc/self/fd/2 /tmp/.dev/stderr
mount --move /tmp/.dev /dev
rmdir /tmp/.dev 2>/dev/null || true
mount -t proc -o nosuid,nodev,noexec proc /proc
fd=4
for p do
  [ "$p" = -- ] && break
  if [ ! -d "$p" ]; then mkdir -p "$p"; mount --no-canonicalize --bind "/proc/self/fd/$fd" "$p"; fi
  eval "exec $fd<&-"
  fd=$((fd + 1))
done
mkdir -p "$copy"
mount --no-canonicalize --bind /proc/self/fd/3 "$copy"
opts=$(mounts | awk -F '\t' -v c="$copy" '$3 == c { print $2 }')
mount -o "remount,bind,rw${'$'}{opts:+,$opts}" "$copy"
exec 3<&-
while [ "$1" != -- ]; do shift; done
shift
cd "$copy"
exec setpriv --no-new-privs --inh-caps=-all --ambient-caps=-all --bounding-set=-all -- "$@"
`;
