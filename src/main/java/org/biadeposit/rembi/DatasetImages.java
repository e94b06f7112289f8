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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.biadeposit.harvest.DatasetFile;

/**
 * What the File-lists know about every file of a dataset folder: its files (in path order), and for each the index
 * of its image among the dataset's distinct images ({@link FileListBuilder.ImageFile}). The files of a large study
 * mostly share a record, and then one image: per file only that index is kept, never an object or a map entry.
 */
final class DatasetImages {

	private final List<DatasetFile> files;
	private final int[] imageOf;
	private final List<FileListBuilder.ImageFile> images;

	/**
	 * @param imageOf for each file, the index of its image in {@code images}, or -1 for a file that is no image and
	 *          no part of one
	 */
	DatasetImages(List<DatasetFile> files, int[] imageOf, List<FileListBuilder.ImageFile> images) {
		if (imageOf.length != files.size()) throw new IllegalArgumentException("one image index per file");
		this.files = files;
		this.imageOf = imageOf;
		this.images = List.copyOf(images);
	}

	/** The images of the files given, known by path (a File-list built from such a map, as tests build them). */
	static DatasetImages of(List<DatasetFile> files, Map<String, FileListBuilder.ImageFile> byPath) {
		int[] imageOf = new int[files.size()];
		Map<FileListBuilder.ImageFile, Integer> index = new IdentityHashMap<>();
		List<FileListBuilder.ImageFile> images = new ArrayList<>();
		for (int i = 0; i < imageOf.length; i++) {
			FileListBuilder.ImageFile img = byPath.get(files.get(i).path());
			imageOf[i] = img == null ? -1 : index.computeIfAbsent(img, k -> {
				images.add(k);
				return images.size() - 1;
			});
		}
		return new DatasetImages(files, imageOf, images);
	}

	List<DatasetFile> files() {
		return files;
	}

	/** The index of a file's image, or -1. */
	int imageIndex(int file) {
		return imageOf[file];
	}

	/** A file's image, or null. */
	FileListBuilder.ImageFile image(int file) {
		int i = imageOf[file];
		return i < 0 ? null : images.get(i);
	}

	/** The image of an index {@link #imageIndex} gave. */
	FileListBuilder.ImageFile imageAt(int index) {
		return images.get(index);
	}

	int imageCount() {
		return images.size();
	}

	/**
	 * Hands out one index per distinct image: images that give the same value in every File-list column (files that
	 * share a record, found by its very parts, {@link FileListBuilder#sameValues}) share one.
	 */
	static final class Distinct {

		private final List<FileListBuilder.ImageFile> images = new ArrayList<>();
		private final Map<Key, Integer> index = new HashMap<>();
		private FileListBuilder.ImageFile previous;
		private int previousIndex = -1;

		int of(FileListBuilder.ImageFile img) {
			if (previous != null && FileListBuilder.sameValues(img, previous)) return previousIndex;
			Integer known = index.get(new Key(img));
			int i;
			if (known != null) i = known;
			else {
				images.add(img);
				i = images.size() - 1;
				index.put(new Key(img), i);
			}
			previous = img;
			previousIndex = i;
			return i;
		}

		List<FileListBuilder.ImageFile> images() {
			return images;
		}
	}

	/** An image file as {@link FileListBuilder#sameValues} tells them apart. */
	private record Key(FileListBuilder.ImageFile img) {

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && FileListBuilder.sameValues(img, k.img);
		}

		@Override
		public int hashCode() {
			var r = img.image();
			int h = Objects.hash(img.seriesCount(), img.dataset(), img.acquisition());
			for (Object part : new Object[] { r.format(), r.sizeX(), r.sizeY(), r.sizeZ(), r.sizeC(), r.sizeT(), r
				.pixelType(), r.physicalSizeX(), r.physicalSizeY(), r.physicalSizeZ(), r.timeIncrement(), r.channels(),
				r.objective(), r.acquisitionDate(), r.imagingMethod() })
			{
				h = 31 * h + System.identityHashCode(part);
			}
			return h;
		}
	}
}
