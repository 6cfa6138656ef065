package io.pcmops.aws.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The commands an {@link EmulatedHost} answers itself, put first on the PATH of its scripts: {@code uname -r},
 * {@code hostname}, {@code systemctl}, the package manager of its distribution ({@code yum}/{@code dnf} or
 * {@code apt-get}/{@code apt-cache}), the tools that would reach the network ({@code curl}, {@code wget},
 * {@code rpm --import}, {@code gpg}, {@code ip}) and {@code falconctl}, {@code dmesg}. Their state lives in the host's
 * own {@code /var/lib/pcmops-emu} (kernel, units, kernel updates, package history), so it persists between runs.
 * Installing a kernel package makes it the running kernel at once (as if the machine had rebooted).
 */
final class HostStubs {

    private static final String UNAME = """
            #!/bin/sh
            if [ "$1" = "-r" ]; then cat /var/lib/pcmops-emu/kernel; else exec /usr/bin/uname "$@"; fi
            """;

    private static final String HOSTNAME = """
            #!/bin/sh
            cat /var/lib/pcmops-emu/hostname
            """;

    private static final String SYSTEMCTL = """
            #!/bin/sh
            units=/var/lib/pcmops-emu/units
            quiet=false; cmd=""; names=""
            for a in "$@"; do
              case $a in
                --quiet|-q) quiet=true ;;
                -*) ;;
                *) if [ -z "$cmd" ]; then cmd=$a; else names="$names ${a%.service}"; fi ;;
              esac
            done
            case $cmd in
              is-active)
                for u in $names; do
                  s=$(cat "$units/$u" 2>/dev/null || echo inactive); $quiet || echo "$s"; [ "$s" = active ] || exit 3
                done ;;
              list-unit-files)
                echo "UNIT FILE STATE PRESET"
                for u in $names; do [ -f "$units/$u" ] && echo "$u.service enabled enabled"; done; true ;;
              enable) for u in $names; do [ -f "$units/$u" ] || { echo "Unit file $u.service does not exist." >&2; exit 1; }; done ;;
              start|restart)
                for u in $names; do
                  [ -f "$units/$u" ] || { echo "Unit $u.service not found." >&2; exit 5; }
                  echo active > "$units/$u"
                  if [ "$u" = sftd ] && [ -s /var/lib/sftd/enrollment.token ]; then echo enrolled > /var/lib/sftd/device.token; fi
                done ;;
              stop) for u in $names; do [ -f "$units/$u" ] && echo inactive > "$units/$u"; done; true ;;
              list-units) cat /var/lib/pcmops-emu/failed 2>/dev/null; true ;;
              *) echo "systemctl (emulated): '$cmd' is not emulated" >&2; exit 1 ;;
            esac
            """;

    private static final String RPM_MANAGER = """
            #!/bin/sh
            emu=/var/lib/pcmops-emu
            sub=""; download=false; packages=""
            for a in "$@"; do
              case $a in
                --downloadonly) download=true ;;
                -*) ;;
                *) if [ -z "$sub" ]; then sub=$a; else packages="$packages $a"; fi ;;
              esac
            done
            case $sub in
              makecache|clean) exit 0 ;;
              list) for v in $(cat $emu/updates); do printf 'kernel.x86_64    %s    baseos\\n' "$v"; done ;;
              history) cat $emu/history 2>/dev/null; true ;;
              install)
                for p in $packages; do
                  case $p in
                    kernel-*)
                      v=${p#kernel-}
                      grep -qx "$v" $emu/updates || { echo "No package $p available." >&2; exit 1; }
                      if $download; then mkdir -p $emu/downloads; touch $emu/downloads/$p; echo "$p downloaded"
                      else
                        echo "$v.x86_64" > $emu/kernel
                        n=$(cat $emu/history 2>/dev/null | wc -l)
                        echo "    $((n + 1)) | install $p | $(date '+%Y-%m-%d %H:%M') | Install | 1" >> $emu/history
                      fi ;;
                    scaleft-server-tools)
                      [ -f /etc/yum.repos.d/scaleft.repo ] || { echo "No package $p available." >&2; exit 1; }
                      echo inactive > $emu/units/sftd; mkdir -p /usr/sbin; printf '#!/bin/sh\\n' > /usr/sbin/sftd
                      chmod +x /usr/sbin/sftd ;;
                    *) echo "No package $p available." >&2; exit 1 ;;
                  esac
                done ;;
              *) echo "$0 (emulated): '$sub' is not emulated" >&2; exit 1 ;;
            esac
            """;

    private static final String APT_GET = """
            #!/bin/sh
            emu=/var/lib/pcmops-emu
            sub=""; download=false; packages=""
            for a in "$@"; do
              case $a in
                --download-only) download=true ;;
                -*) ;;
                *) if [ -z "$sub" ]; then sub=$a; else packages="$packages $a"; fi ;;
              esac
            done
            case $sub in
              update) exit 0 ;;
              install)
                for p in $packages; do
                  case $p in
                    linux-image-*)
                      v=${p#linux-image-}
                      grep -qx "$v" $emu/updates || { echo "E: Unable to locate package $p" >&2; exit 100; }
                      if $download; then mkdir -p $emu/downloads; touch $emu/downloads/$p; echo "$p downloaded"
                      else
                        echo "$v" > $emu/kernel; mkdir -p /var/log/apt
                        printf 'Start-Date: %s\\nCommandline: apt-get install %s\\nInstall: %s\\nEnd-Date: %s\\n\\n' \\
                          "$(date '+%Y-%m-%d  %H:%M:%S')" "$p" "$p" "$(date '+%Y-%m-%d  %H:%M:%S')" >> /var/log/apt/history.log
                      fi ;;
                    scaleft-server-tools)
                      [ -f /etc/apt/sources.list.d/oktapam-stable.list ] || { echo "E: Unable to locate package $p" >&2; exit 100; }
                      echo inactive > $emu/units/sftd; mkdir -p /usr/sbin; printf '#!/bin/sh\\n' > /usr/sbin/sftd
                      chmod +x /usr/sbin/sftd ;;
                    *) echo "E: Unable to locate package $p" >&2; exit 100 ;;
                  esac
                done ;;
              *) echo "apt-get (emulated): '$sub' is not emulated" >&2; exit 100 ;;
            esac
            """;

    private static final String APT_CACHE = """
            #!/bin/sh
            [ "$1" = search ] || { echo "apt-cache (emulated): '$1' is not emulated" >&2; exit 100; }
            for pattern in "$@"; do :; done
            sed 's/^/linux-image-/' /var/lib/pcmops-emu/updates | grep -E "$pattern" | sed 's/$/ - Linux kernel image/'
            true
            """;

    private static final String DOWNLOAD = """
            #!/bin/sh
            out=""; url=""; previous=""
            for a in "$@"; do
              case $previous in -o|-O) out=$a ;; esac
              case $a in http*) url=$a ;; esac
              previous=$a
            done
            [ -n "$out" ] && echo "emulated download of $url" > "$out"
            true
            """;

    private static final String GPG = """
            #!/bin/sh
            out=""; previous=""; last=""
            for a in "$@"; do [ "$previous" = -o ] && out=$a; previous=$a; last=$a; done
            cp "$last" "$out"
            """;

    private HostStubs() {
    }

    /** Stub name → script for a distribution. */
    static Map<String, String> of(EmulatedDistro distro) {
        Map<String, String> stubs = new LinkedHashMap<>();
        stubs.put("uname", UNAME);
        stubs.put("hostname", HOSTNAME);
        stubs.put("systemctl", SYSTEMCTL);
        if (distro.rpm()) {
            stubs.put("yum", RPM_MANAGER);
            if (distro.packageManager().equals("dnf")) {
                stubs.put("dnf", RPM_MANAGER);
            }
        } else {
            stubs.put("apt-get", APT_GET);
            stubs.put("apt-cache", APT_CACHE);
        }
        stubs.put("curl", DOWNLOAD);
        stubs.put("wget", DOWNLOAD);
        stubs.put("rpm", "#!/bin/sh\ntrue\n");
        stubs.put("gpg", GPG);
        stubs.put("ip", "#!/bin/sh\necho '1.1.1.1 via 10.0.0.1 dev eth0 src 10.0.0.5 uid 0'\n");
        stubs.put("falconctl", "#!/bin/sh\necho 'version = 7.18.17106.0'\n");
        stubs.put("dmesg", "#!/bin/sh\ntrue\n");
        return stubs;
    }
}
