package org.biadeposit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.biadeposit.example.ExampleDataset;

/**
 * The tree a harvest is measured on: the generated example dataset ({@code bia example --files N}): its base layout
 * (OME-TIFF z-stacks, ImageJ hyperstacks, a multi-file OME-TIFF set with a companion file, two OME-Zarr stores)
 * plus small single-plane confocal OME-TIFFs (16 x 16 pixels, OME-XML 2016-06 with instrument, objective, detectors
 * and channel) in folders of 1,000, until the tree has {@code files} image files. Every file is a real, distinct
 * file written by our own generator.
 */
final class BenchTree {

	private BenchTree() {}

	/** Builds {@code dir/tree} with {@code files} image files. */
	static Manifest build(Path dir, int files) throws IOException {
		Path tree = dir.resolve("tree");
		if (Files.exists(tree)) deleteTree(tree);
		ExampleDataset.Summary s = new ExampleDataset().files(files).write(tree);
		Manifest m = new Manifest(tree);
		m.imageFiles = s.imageFiles();
		m.datasets = s.datasets();
		m.bytes = s.bytes();
		m.files = countFiles(tree);
		try (Stream<Path> walk = Files.walk(tree)) {
			m.folders = (int) walk.filter(Files::isDirectory).count() - 1;
		}
		return m;
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
		int files, folders, imageFiles, datasets;
		long bytes;

		Manifest(Path tree) {
			this.tree = tree;
		}

		void print(Results out) {
			out.put("tree.path", tree.toString());
			out.put("tree.files", files);
			out.put("tree.folders", folders);
			out.put("tree.imageFiles", imageFiles);
			out.put("tree.datasets", datasets);
			out.put("tree.bytes", bytes);
		}
	}
}
