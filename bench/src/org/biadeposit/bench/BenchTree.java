package org.biadeposit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tree a harvest is measured on: copies of the real OME-TIFF samples from {@code ../shared/testdata}, laid out
 * like a screen: one folder per plate, each with up to 88 single-file OME-TIFFs (one per well, named A01 to H11)
 * and, when the plate is full, two z-stacks written as multi-file OME-TIFF companion sets, each in its own
 * subfolder (5 BinaryOnly OME-TIFFs plus their {@code .companion.ome}). A full plate is 100 files.
 * <p>
 * The single-file OME-TIFF is FLIM-modulo-sample.ome.tif (465 KB, OME-XML 2013-06 at the end of the file). By
 * default its copies are hard links to one copy of the sample (10,000 real copies would take 4.6 GB of disk):
 * every path is distinct, so the harvest and its cache see distinct files, but they share one inode, size and
 * modification time. With {@code --copy} every file is a real copy. The companion sets are always real copies
 * (they are 16 KB each).
 * </p>
 */
final class BenchTree {

	static final String FLIM = "ome-model-history/2013-06/FLIM-modulo-sample.ome.tif";
	static final String COMPANION_SET = "ome-model-history/2015-01/set-1-meta-companion";

	/** Files per full plate folder, and the companion sets in it. */
	static final int PLATE_FILES = 100, SETS_PER_PLATE = 2;

	private BenchTree() {}

	/**
	 * Builds {@code dir/tree} with {@code files} files.
	 *
	 * @param testdata the shared test data folder
	 * @param dir the bench folder; {@code dir/samples} holds the copies the tree links to
	 * @param copy real copies instead of hard links
	 */
	static Manifest build(Path testdata, Path dir, int files, boolean copy) throws IOException {
		Path flimSource = testdata.resolve(FLIM);
		Path setSource = testdata.resolve(COMPANION_SET);
		if (!Files.isRegularFile(flimSource) || !Files.isDirectory(setSource)) {
			throw new IOException("the OME-TIFF samples are not in " + testdata + " (expected " + FLIM + " and " +
				COMPANION_SET + "/)");
		}
		List<Path> setFiles = new ArrayList<>();
		try (DirectoryStream<Path> s = Files.newDirectoryStream(setSource)) {
			for (Path p : s) setFiles.add(p);
		}
		setFiles.sort(null);
		int setSize = setFiles.size();

		Path samples = dir.resolve("samples");
		Files.createDirectories(samples);
		Path flim = samples.resolve(flimSource.getFileName());
		Files.copy(flimSource, flim, StandardCopyOption.REPLACE_EXISTING);
		flim.toFile().setWritable(true);

		Path tree = dir.resolve("tree");
		if (Files.exists(tree)) deleteTree(tree);
		Files.createDirectories(tree);

		Manifest m = new Manifest(tree, copy);
		m.flimBytes = Files.size(flim);
		int remaining = files, plate = 0;
		while (remaining > 0) {
			plate++;
			int budget = Math.min(PLATE_FILES, remaining);
			int sets = budget >= PLATE_FILES ? SETS_PER_PLATE : 0;
			int singles = budget - sets * setSize;
			Path folder = tree.resolve(String.format("plate-%03d", plate));
			Files.createDirectories(folder);
			m.folders++;
			for (int w = 0; w < singles; w++) {
				Path target = folder.resolve(well(w) + ".ome.tif");
				if (copy) Files.copy(flim, target);
				else Files.createLink(target, flim);
				m.singleFiles++;
			}
			for (int s = 1; s <= sets; s++) {
				Path stack = folder.resolve("zstack-" + s);
				Files.createDirectories(stack);
				m.folders++;
				for (Path f : setFiles) {
					Path target = stack.resolve(f.getFileName());
					Files.copy(f, target);
					target.toFile().setWritable(true);
					if (f.getFileName().toString().endsWith(".ome")) m.companionFiles++;
					else m.companionTiffs++;
				}
				m.companionSets++;
			}
			remaining -= budget;
		}
		return m;
	}

	/** A well name: A01..A12, B01.. (row-major, 12 columns). */
	private static String well(int i) {
		return String.format("%c%02d", (char) ('A' + i / 12 % 26), i % 12 + 1) + (i >= 12 * 26 ? "-" + i : "");
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) return;
		try (Stream<Path> s = Files.walk(root)) {
			s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
				try {
					Files.delete(p);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	/** Every regular file under the tree (what the harvest walk sees: hidden names excluded). */
	static int countFiles(Path tree) throws IOException {
		try (Stream<Path> s = Files.walk(tree)) {
			return (int) s.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p))
				.count();
		}
	}

	/** What was built. */
	static final class Manifest {

		final Path tree;
		final boolean copy;
		long flimBytes;
		int folders, singleFiles, companionSets, companionTiffs, companionFiles;

		Manifest(Path tree, boolean copy) {
			this.tree = tree;
			this.copy = copy;
		}

		int files() {
			return singleFiles + companionTiffs + companionFiles;
		}

		/** What a correct harvest hands on: one dataset per single file and one per companion set. */
		int datasets() {
			return singleFiles + companionSets;
		}

		void print(Results out) {
			out.put("tree.path", tree.toString());
			out.put("tree.files", files());
			out.put("tree.folders", folders);
			out.put("tree.singleFiles", singleFiles);
			out.put("tree.companionSets", companionSets);
			out.put("tree.companionTiffs", companionTiffs);
			out.put("tree.companionFiles", companionFiles);
			out.put("tree.datasets", datasets());
			out.put("tree.flimBytes", flimBytes);
			out.put("tree.copies", copy ? "real copies" : "hard links");
		}
	}
}
