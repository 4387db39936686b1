package org.wasmpart.cdt.internal;

import org.eclipse.core.runtime.IPath;

/**
 * Where a design's generated files are: the include path names the folder in the workspace, so
 * CDT follows the project wherever the workspace is; a variable holding a file's path gives it in
 * the file system, since make, cmake and cargo read it without CDT's help.
 *
 * @param workspacePath the folder's full path in the workspace
 * @param location      the same folder in the file system
 */
record GeneratedFolder(IPath workspacePath, IPath location) {
}
