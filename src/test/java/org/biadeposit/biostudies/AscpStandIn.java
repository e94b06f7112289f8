/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit.biostudies;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A stand-in for IBM's {@code ascp} (which cannot be installed here): a shell script, written into a folder that the
 * tests put first on the search path of {@link AsperaLogin}, that records its arguments and environment and copies
 * the file into the sandbox's user folder as {@code ascp -k 1 -QT -l RATE -P33001 FILE USER@HOST:SECRET/PATH}
 * would, printing progress and summary lines in {@code ascp}'s format. It checks the account as a server would
 * (the password from {@code ASPERA_SCP_PASS}), refuses a destination outside {@code SECRET/} or in a folder that does
 * not exist, can stop part-way through its next file ({@link #cutNextAfter}), leaving a partial file it then resumes
 * with {@code -k 1} when the source is the same (its path, size and checksum; {@code ascp} compares its
 * attributes).
 */
public final class AscpStandIn {

	/** One run of the stand-in: its arguments, and the password and PATH it found in its environment. */
	record Call(List<String> args, String password, String path) {}

	private final Path log;
	final Path bin;

	private AscpStandIn(Path log, Path bin) {
		this.log = log;
		this.bin = bin;
	}

	/**
	 * Writes the stand-in into {@code dir/bin/ascp} (its records in {@code dir/log}).
	 *
	 * @param userFolder the sandbox's folder of the user ({@code SandboxServer.userFolder})
	 * @param secret the login profile's secret: destinations are {@code secret/PATH}
	 */
	public static AscpStandIn write(Path dir, Path userFolder, String secret, String user, String password)
		throws IOException
	{
		Path bin = Files.createDirectories(dir.resolve("bin")), log = Files.createDirectories(dir.resolve("log"));
		String script = """
			#!/bin/sh
			# A stand-in for IBM's ascp written by a bia-deposit test.
			log=%s; folder=%s; secret=%s; user=%s; password=%s
			printf '%%s\\n' "$@" > "$log/call.$$.args"
			printf '%%s' "$ASPERA_SCP_PASS" > "$log/call.$$.password"
			printf '%%s' "$PATH" > "$log/call.$$.path"
			resume=0
			while [ $# -gt 2 ]; do
			  case "$1" in
			    -k) resume=$2; shift 2 ;;
			    -l) shift 2 ;;
			    -QT|-P*) shift ;;
			    *) echo "ascp: unknown option $1"; exit 1 ;;
			  esac
			done
			[ $# -eq 2 ] || { echo "ascp: give one source file and the destination"; exit 1; }
			src=$1; dest=$2; account=${dest%%%%:*}; path=${dest#*:}
			if [ "$account" != "$user@fasp.ebi.ac.uk" ] || [ "$ASPERA_SCP_PASS" != "$password" ]; then
			  echo "ascp: failed to authenticate, exiting."; echo "Session Stop  (Error: failed to authenticate)"
			  exit 1
			fi
			case "$path" in
			  "$secret"/*) rel=${path#"$secret"/} ;;
			  *) echo "Session Stop  (Error: Server aborted session: Permission denied: $path)"; exit 1 ;;
			esac
			target="$folder/$rel"
			if [ ! -d "$(dirname "$target")" ]; then
			  echo "Session Stop  (Error: Server aborted session: No such file or directory: $path)"; exit 1
			fi
			name=$(basename "$src"); size=$(wc -c < "$src" | tr -d ' '); sum=$(cksum < "$src" | tr ' ' '-')
			state="$log/partial.$(printf '%%s' "$rel" | cksum | cut -d ' ' -f 1)"
			have=0
			if [ "$resume" = 1 ] && [ -f "$state" ] && [ -f "$target" ] && [ "$(cat "$state")" = "$src $size $sum" ]; then
			  have=$(wc -c < "$target" | tr -d ' ')
			  [ "$have" -lt "$size" ] || have=0
			fi
			cut=""
			if [ -f "$log/cut" ]; then cut=$(cat "$log/cut"); rm -f "$log/cut"; fi
			[ "$have" -gt 0 ] || : > "$target"
			printf '%%s    %%d%%%%  %%dKB  0.0Mb/s    --:-- ETA\\r' "$name" $((have * 100 / (size + 1))) $((have / 1024))
			if [ -n "$cut" ]; then
			  tail -c +$((have + 1)) "$src" | head -c "$cut" >> "$target"
			else
			  tail -c +$((have + 1)) "$src" >> "$target"
			fi
			now=$(wc -c < "$target" | tr -d ' '); sent=$((now - have))
			printf '%%s    %%d%%%%  %%dKB  9.8Mb/s    00:01 ETA\\r' "$name" $((now * 50 / (size + 1))) $((now / 2048))
			if [ -n "$cut" ]; then
			  printf '%%s\\n' "$src $size $sum" > "$state"
			  printf '%%s    %%d%%%%  %%dKB  9.8Mb/s    00:01 ETA\\n' "$name" $((now * 100 / (size + 1))) $((now / 1024))
			  printf 'Partial Completion: %%dK bytes transferred in 1 seconds\\n (80K bits/sec), in 1 file; 1 file failed.\\n' $((sent / 1024))
			  echo "Session Stop  (Error: Connection lost in midst of data session)"
			  : > "$log/cut.made.$$"
			  exit 1
			fi
			rm -f "$state"
			printf '%%s    100%%%%  %%dKB  9.8Mb/s    00:01    \\n' "$name" $((size / 1024))
			printf 'Completed: %%dK bytes transferred in 1 seconds\\n (80K bits/sec), in 1 file.\\n' $((sent / 1024))
			""".formatted(quoted(log), quoted(userFolder), quoted(secret.replaceAll("^/+|/+$", "")), quoted(user),
			quoted(password));
		Path ascp = bin.resolve("ascp");
		Files.writeString(ascp, script, StandardCharsets.UTF_8);
		if (!ascp.toFile().setExecutable(true)) throw new IOException("cannot make " + ascp + " executable");
		return new AscpStandIn(log, bin);
	}

	private static String quoted(Object value) {
		return "'" + value.toString().replace("'", "'\\''") + "'";
	}

	/** The search path with the stand-in first, then this JVM's PATH (for the tools the script uses). */
	public String searchPath() {
		String path = System.getenv("PATH");
		return bin + (path == null ? "" : java.io.File.pathSeparator + path);
	}

	/** Makes the next run stop after sending this many bytes of its file, leaving a partial file. */
	void cutNextAfter(long bytes) throws IOException {
		Files.writeString(log.resolve("cut"), Long.toString(bytes));
	}

	/** How many runs were stopped part-way. */
	int cutsMade() throws IOException {
		try (Stream<Path> s = Files.list(log)) {
			return (int) s.filter(p -> p.getFileName().toString().startsWith("cut.made.")).count();
		}
	}

	/** The runs so far, in no particular order. */
	List<Call> calls() throws IOException {
		List<Call> calls = new ArrayList<>();
		try (Stream<Path> s = Files.list(log)) {
			for (Path args : s.filter(p -> p.getFileName().toString().endsWith(".args")).toList()) {
				String call = args.getFileName().toString().replaceAll("\\.args$", "");
				calls.add(new Call(Files.readAllLines(args), Files.readString(log.resolve(call + ".password")), Files
					.readString(log.resolve(call + ".path"))));
			}
		}
		return calls;
	}

	public static boolean canRun() {
		return Files.isExecutable(Path.of("/bin/sh")) && !System.getProperty("os.name", "").startsWith("Windows");
	}
}
