package org.biadeposit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Phase (w), the walk floor: what a cached re-harvest cannot do without, and nothing more. Every folder of the tree
 * is listed (a folder at a time per thread, on as many threads as the harvest walks with), its entries sorted by
 * name, and every entry's size and modification time read without following links. No cache, no records, no
 * output. A cached re-harvest must at least look at every file so, since a file changed in place leaves its folder
 * as it was.
 */
final class WalkFloor {

	int files;
	long sum;

	/** One pass over the tree. */
	void run(Path tree, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			ArrayDeque<Future<Listed>> under = new ArrayDeque<>();
			under.add(pool.submit(() -> list(tree)));
			while (!under.isEmpty()) {
				Listed l = under.poll().get();
				files += l.files;
				sum += l.sum;
				for (Path sub : l.folders) under.add(pool.submit(() -> list(sub)));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private record Listed(int files, long sum, List<Path> folders) {}

	private static Listed list(Path folder) throws IOException {
		// the names in one call, sorted, each resolved: as the harvest's walk lists a folder (DatasetWalk)
		String[] names = folder.toFile().list();
		if (names == null) throw new IOException("cannot list " + folder);
		java.util.Arrays.sort(names);
		List<Path> folders = new ArrayList<>();
		int files = 0;
		long sum = 0;
		for (String name : names) {
			Path p = folder.resolve(name);
			BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (a.isDirectory()) {
				folders.add(p);
			}
			else {
				// counted as the tree counts its files (hidden ones are looked at, not counted)
				if (!name.startsWith(".")) files++;
				sum += a.size() + a.lastModifiedTime().toMillis();
			}
		}
		return new Listed(files, sum, folders);
	}
}
