package org.biadeposit.pagetab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.rembi.DepositionBuilder;

/**
 * Run in a child JVM by {@link SubmissionPackageTest}: writes the package of a dataset folder and, at the step
 * named, prints {@code at <step>} and waits to be killed.
 * <p>
 * Arguments: dataset folder, package folder, step.
 * </p>
 */
final class KilledPackageRun {

	private KilledPackageRun() {}

	public static void main(String[] args) throws IOException, InterruptedException {
		Path root = Path.of(args[0]);
		String stop = args[2];
		// a walk that reads no image: the files alone make the File-lists
		DatasetHarvest files = new HarvestRun(new Harvester(List.of()), null, 1).dataset(root);
		SubmissionPackage.write(DepositionBuilder.build(files, null).deposition(), Path.of(args[1]),
			step -> {
				if (!step.equals(stop)) return;
				System.out.println("at " + step);
				System.out.flush();
				try {
					Thread.sleep(Long.MAX_VALUE);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
		System.out.println("finished without reaching " + stop);
	}
}
