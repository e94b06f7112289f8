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
package org.biadeposit.rembi;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.biadeposit.harvest.DatasetWalk;
import org.biadeposit.harvest.HarvestCache;

/**
 * Renames the files and folders of a dataset whose names BioStudies would refuse, to the safe names validation
 * proposes (the BIA submission tool's substitutions, see {@code validate.BioStudiesPath}). Every file whose path
 * changes is recorded, old path and new, in {@value #TABLE} in the dataset folder (added to on each run); the
 * package carries that table as {@code renamed.tsv}. Folders are renamed after what they hold; a name whose safe
 * form is taken already is left alone and reported. Hidden entries, package folders and deposit.yaml are not
 * touched; links are not followed.
 */
public final class DatasetRenaming {

	/** Where the renamings are recorded, in the dataset folder (hidden, so never taken for data). */
	public static final String TABLE = ".bia-renamed.tsv";
	/** The header of the table: old path, new path, both from the dataset folder. */
	public static final String HEADER = "old_path\tnew_path";

	/** A file whose path changes: paths from the dataset folder, with {@code /}. */
	public record Renamed(String from, String to) {}

	/**
	 * @param renamed every file whose path changes (or would, on a dry run), in walk order
	 * @param refused each name that could not be changed, with why
	 * @param table the table written, or null on a dry run or when nothing changed
	 */
	public record Result(List<Renamed> renamed, List<String> refused, Path table) {}

	private DatasetRenaming() {}

	/**
	 * @param root the dataset folder
	 * @param safeName the safe form of one file or folder name
	 * @param dryRun only say what would change
	 */
	public static Result rename(Path root, UnaryOperator<String> safeName, boolean dryRun) throws IOException {
		Path base = root.toAbsolutePath().normalize();
		if (!Files.isDirectory(base)) throw new IOException(root + " is not a folder; give the dataset folder");
		List<Renamed> renamed = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		Files.walkFileTree(base, new SimpleFileVisitor<>() {

			/** The folders from the root down to the one being walked, each as it will be named. */
			private final List<String> newParents = new ArrayList<>();

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				if (dir.equals(base)) return FileVisitResult.CONTINUE;
				if (skipped(dir)) return FileVisitResult.SKIP_SUBTREE;
				newParents.add(target(dir));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (skipped(file) || !attrs.isRegularFile() && !attrs.isSymbolicLink()) return FileVisitResult.CONTINUE;
				String to = joined(target(file));
				String from = relative(file);
				if (!to.equals(from)) {
					renamed.add(new Renamed(from, to));
					move(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) throw e;
				if (dir.equals(base)) return FileVisitResult.CONTINUE;
				newParents.remove(newParents.size() - 1);
				move(dir);
				return FileVisitResult.CONTINUE;
			}

			/** The name each entry gets, decided once. */
			private final Map<Path, String> decided = new HashMap<>();

			private String target(Path p) {
				return decided.computeIfAbsent(p, this::decide);
			}

			/** The safe name of an entry; its own name when the safe one is taken (then said so). */
			private String decide(Path p) {
				String name = p.getFileName().toString();
				String safe = safeName.apply(name);
				if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) safe = safe.replaceAll("\\.\\.+$", "-");
				if (safe.isEmpty()) safe = "-";
				if (safe.equals(name)) return name;
				Path sibling = p.resolveSibling(safe);
				String key = sibling.toString().toLowerCase(Locale.ROOT);
				if (Files.exists(sibling, LinkOption.NOFOLLOW_LINKS) || !taken.add(key)) {
					String what = relative(p);
					if (!refused.stream().anyMatch(r -> r.startsWith(what + ":"))) {
						refused.add(what + ": its safe name \"" + safe + "\" is taken by another file or folder there; " +
							"rename one of them by hand");
					}
					return name;
				}
				return safe;
			}

			private String joined(String name) {
				List<String> parts = new ArrayList<>(newParents);
				parts.add(name);
				return String.join("/", parts);
			}

			private void move(Path p) throws IOException {
				if (dryRun) return;
				String safe = target(p);
				if (!safe.equals(p.getFileName().toString())) Files.move(p, p.resolveSibling(safe));
			}

			private String relative(Path p) {
				List<String> parts = new ArrayList<>();
				for (Path part : base.relativize(p)) parts.add(part.toString());
				return String.join("/", parts);
			}

			private boolean skipped(Path p) {
				String name = p.getFileName().toString();
				return name.startsWith(".") || name.equals("deposit.yaml") || name.equals("deposit.yml") || name.endsWith(
					HarvestCache.SUFFIX) || Files
					.exists(p.resolve(DatasetWalk.PACKAGE_MARKER), LinkOption.NOFOLLOW_LINKS);
			}
		});
		Path table = null;
		if (!dryRun && !renamed.isEmpty()) {
			table = base.resolve(TABLE);
			boolean fresh = !Files.exists(table);
			try (BufferedWriter w = Files.newBufferedWriter(table, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND))
			{
				if (fresh) w.write(HEADER + "\n");
				for (Renamed r : renamed) w.write(cell(r.from()) + "\t" + cell(r.to()) + "\n");
			}
		}
		return new Result(renamed, refused, table);
	}

	/** A path as a TSV cell: tabs and line breaks (possible in an old name) written as \\t, \\n, \\r. */
	private static String cell(String path) {
		return path.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}
}
