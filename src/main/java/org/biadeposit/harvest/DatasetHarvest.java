package org.biadeposit.harvest;

import java.nio.file.Path;
import java.util.List;

/**
 * What one walk of a dataset folder gave ({@link HarvestRun#dataset}): the harvest of every image dataset in it, and
 * every file of it, which the File-lists list. The two come from the same walk, so they always agree.
 *
 * @param root the dataset folder
 * @param harvested what harvesting gave, in walk order: records, errors, and each file or folder the walk could not
 *          reach (a {@link HarvestedFile} that was not {@link HarvestedFile#reached reached})
 * @param files every file of the dataset, sorted by path: each image and each file that is not an image, and every
 *          file inside a folder that is one image dataset (a Zarr store's chunks)
 */
public record DatasetHarvest(Path root, List<HarvestedFile> harvested, List<DatasetFile> files) {

	public DatasetHarvest {
		harvested = List.copyOf(harvested);
		files = List.copyOf(files);
	}
}
