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
package org.biadeposit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.biadeposit.biostudies.AsperaLogin;
import org.biadeposit.biostudies.FtpLogin;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.UploadRoute;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.rembi.DatasetRenaming;
import org.biadeposit.validate.Report;
import org.scijava.service.SciJavaService;

/**
 * A whole deposition in the BioImage Archive, as one SciJava service: harvest (folders, or the images open in Fiji),
 * a starter deposit.yaml, File-lists, validation, the package, upload and submit, and the submission's status. Every
 * surface calls it: the Fiji commands, the wizard, {@code scripts/bia}, and scripts, which get it with
 * {@code #@ DepositionService bia}. Each step returns what the station returns; progress goes to SciJava's
 * {@code StatusService} (Fiji's status bar); harvests and uploads stop on a {@link Cancellation}.
 */
public interface DepositionService extends SciJavaService {

	/**
	 * How the service works: harvest threads; whether harvests use a harvest cache (an unchanged file is then not
	 * read again) and which file holds it (null: the user's cache folder); how long one file may take to read; and
	 * a listener told about progress besides the status bar (the command line's progress bar; none by default).
	 * Immutable; change it with the {@code with…} methods.
	 */
	record Settings(int threads, boolean harvestCache, Path cacheFile, Duration timeLimit, ProgressListener progress) {

		public Settings {
			if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
			if (timeLimit == null) timeLimit = HarvestRun.DEFAULT_TIME_LIMIT;
			if (timeLimit.isNegative() || timeLimit.isZero()) {
				throw new IllegalArgumentException("the time limit per file must be positive, not " + timeLimit);
			}
			if (progress == null) progress = ProgressListener.NONE;
		}

		/** As many harvest threads as processors, the user's harvest cache, a minute per file, no extra listener. */
		public static Settings defaults() {
			return new Settings(Runtime.getRuntime().availableProcessors(), true, null, null, null);
		}

		public Settings withThreads(int value) {
			return new Settings(value, harvestCache, cacheFile, timeLimit, progress);
		}

		public Settings withHarvestCache(boolean value) {
			return new Settings(threads, value, cacheFile, timeLimit, progress);
		}

		/** The harvest cache in this file (null: the user's cache folder). */
		public Settings withCacheFile(Path value) {
			return new Settings(threads, harvestCache, value, timeLimit, progress);
		}

		public Settings withTimeLimit(Duration value) {
			return new Settings(threads, harvestCache, cacheFile, value, progress);
		}

		public Settings withProgress(ProgressListener value) {
			return new Settings(threads, harvestCache, cacheFile, timeLimit, value);
		}
	}

	/**
	 * Where a package goes and how, as {@code bia submit}'s options say it.
	 *
	 * @param server {@code prod}, {@code beta} or a URL
	 * @param user the BioStudies login (e-mail)
	 * @param accession an existing study to send a new version of (e.g. S-BIAD1234); null for a new study
	 * @param parallel files sent at once
	 * @param metadataOnly a new version without data files (they stay on the server)
	 * @param md5 compute MD5 too (SHA-256 always)
	 * @param resendUnverified send again large files the server has with the same size but nothing vouches for
	 * @param via the route (HTTP, FTP; AUTO by the sizes)
	 * @param ftp the FTP account the BioStudies submission tool shows, for the FTP route; null when none
	 * @param aspera the Aspera account the submission tool shows, for the Aspera route; null when none
	 */
	record Upload(String server, String user, String accession, int parallel, boolean metadataOnly, boolean md5,
		boolean resendUnverified, UploadRoute via, FtpLogin ftp, AsperaLogin aspera)
	{

		/** To that server as that user: a new study, 4 files at once, the route chosen by size. */
		public static Upload to(String server, String user) {
			return new Upload(server, user, null, org.biadeposit.biostudies.SubmissionRun.DEFAULT_PARALLEL, false, false,
				false, UploadRoute.AUTO, null, null);
		}

		public Upload withAccession(String value) {
			return new Upload(server, user, value, parallel, metadataOnly, md5, resendUnverified, via, ftp, aspera);
		}

		public Upload withParallel(int value) {
			return new Upload(server, user, accession, value, metadataOnly, md5, resendUnverified, via, ftp, aspera);
		}

		public Upload withMetadataOnly(boolean value) {
			return new Upload(server, user, accession, parallel, value, md5, resendUnverified, via, ftp, aspera);
		}

		public Upload withMd5(boolean value) {
			return new Upload(server, user, accession, parallel, metadataOnly, value, resendUnverified, via, ftp, aspera);
		}

		public Upload withResendUnverified(boolean value) {
			return new Upload(server, user, accession, parallel, metadataOnly, md5, value, via, ftp, aspera);
		}

		/**
		 * How the files go ({@code --via}), and the FTP account for the FTP route (null: none; its password is wiped
		 * when the upload ends).
		 */
		public Upload withRoute(UploadRoute value, FtpLogin login) {
			return new Upload(server, user, accession, parallel, metadataOnly, md5, resendUnverified, value, login,
				aspera);
		}

		/** The Aspera account for the Aspera route (null: none; its password is wiped when the upload ends). */
		public Upload withAspera(AsperaLogin login) {
			return new Upload(server, user, accession, parallel, metadataOnly, md5, resendUnverified, via, ftp, login);
		}
	}

	/** What a harvest read (in walk order), its summary, and whether it was cancelled before the end. */
	record Harvested(List<HarvestedFile> files, HarvestRun.Summary summary, boolean cancelled) {}

	/** A submission's state on the server: PROCESSED, INVALID (with the server's errors), or still under way. */
	record SubmissionStatus(String accession, int version, String status, List<String> errors) {}

	Settings settings();

	/** Settings for the steps started from now on. */
	void setSettings(Settings settings);

	/**
	 * Harvests files and folders (a folder's sub-folders too when {@code recursive}), handing each result to
	 * {@code each} as it comes, in walk order.
	 */
	Harvested harvest(List<Path> inputs, boolean recursive, Cancellation cancel, Consumer<HarvestedFile> each);

	/** Harvests a dataset folder and its sub-folders. */
	default Harvested harvest(Path folder) {
		return harvest(List.of(folder), true, new Cancellation(), h -> {});
	}

	/**
	 * Harvests the images open in Fiji (ImageJ 1.x), each from its source file or, never saved, from itself. Only
	 * this step needs ImageJ 1.x.
	 */
	Harvested harvestOpenImages(Cancellation cancel);

	/** Writes {@code root/deposit.yaml} from what the images say; see {@link DepositionWorkflow#init}. */
	DepositionWorkflow.Started init(Path root, boolean replace, LocalDate today) throws IOException;

	/** Writes the File-lists into {@code out}; {@code config} null means the folder's deposit.yaml. */
	DepositionWorkflow.ListsWritten fileLists(Path root, Path config, Path out) throws IOException;

	/** Every problem at once; {@code config} null means the folder's deposit.yaml. */
	Report validate(Path root, Path config);

	/**
	 * Renames the files and folders of a dataset whose names BioStudies would refuse, to the safe names validation
	 * proposes, and records what changed in the dataset folder ({@link DatasetRenaming#TABLE}), which the package
	 * then carries as {@code renamed.tsv}.
	 *
	 * @param dryRun only say what would change
	 * @throws IOException when the folder cannot be walked or a rename fails (those before it are recorded)
	 */
	DatasetRenaming.Result rename(Path root, boolean dryRun) throws IOException;

	/** Validates and, without errors, writes the package into {@code out}. */
	DepositionWorkflow.Packaged pack(Path root, Path config, Path out) throws IOException;

	/**
	 * Writes the package of a new version of a published study without its data files ({@code bia package
	 * --metadata-only}): {@code out/submission.json} from deposit.yaml alone, with the File Lists the study named.
	 */
	DepositionWorkflow.Packaged packMetadataOnly(Path root, Path config, Path out) throws IOException;

	/**
	 * Reads a published study's PageTab file (JSON or TSV) and writes {@code out/deposit.yaml} describing it ({@code bia
	 * import}); what REMBI does not model is kept under {@code published:}.
	 *
	 * @throws IllegalStateException when {@code out/deposit.yaml} exists already
	 */
	DepositionWorkflow.Imported importStudy(Path pagetab, Path out) throws IOException;

	/** As {@link #importStudy(Path, Path)}, the study fetched from a BioStudies server by its accession. */
	DepositionWorkflow.Imported importStudy(String accession, String server, String user, char[] password, Path out)
		throws IOException;

	/**
	 * Uploads a package and submits it (or finds that it was submitted already), as {@code bia submit}.
	 *
	 * @param password wiped once used, also when something fails; never logged
	 * @param progress told about the upload besides the status bar (a progress bar, a wizard); may be null
	 * @return the receipt, also written to {@code packageFolder/receipt.json}
	 * @throws java.util.concurrent.CancellationException when cancelled; submitting again sends only the rest
	 * @throws IOException when the server refuses or cannot be reached (its message says what to do)
	 */
	Receipt submit(Path packageFolder, Upload upload, char[] password, Cancellation cancel, ProgressListener progress)
		throws IOException;

	/** Uploads a package as a new study. */
	default Receipt submit(Path packageFolder, String server, String user, char[] password) throws IOException {
		return submit(packageFolder, Upload.to(server, user), password, new Cancellation(), null);
	}

	/**
	 * The state of the study the package's receipt names, asked of the server it was sent to.
	 *
	 * @param password wiped once used; never logged
	 */
	SubmissionStatus status(Path packageFolder, String user, char[] password) throws IOException;
}
