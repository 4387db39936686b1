/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.wasmpart.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage
 * @generated
 */
public class WasmpartSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static WasmpartPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WasmpartSwitch() {
		if (modelPackage == null) {
			modelPackage = WasmpartPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case WasmpartPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.SOURCED: {
				Sourced sourced = (Sourced)theEObject;
				T result = caseSourced(sourced);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.SOURCE: {
				Source source = (Source)theEObject;
				T result = caseSource(source);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.CATALOG: {
				Catalog catalog = (Catalog)theEObject;
				T result = caseCatalog(catalog);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.BOARD: {
				Board board = (Board)theEObject;
				T result = caseBoard(board);
				if (result == null) result = caseIdentified(board);
				if (result == null) result = caseSourced(board);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.CORE: {
				Core core = (Core)theEObject;
				T result = caseCore(core);
				if (result == null) result = caseIdentified(core);
				if (result == null) result = caseSourced(core);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.PROTECTION_UNIT: {
				ProtectionUnit protectionUnit = (ProtectionUnit)theEObject;
				T result = caseProtectionUnit(protectionUnit);
				if (result == null) result = caseIdentified(protectionUnit);
				if (result == null) result = caseSourced(protectionUnit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.MEMORY_BANK: {
				MemoryBank memoryBank = (MemoryBank)theEObject;
				T result = caseMemoryBank(memoryBank);
				if (result == null) result = caseIdentified(memoryBank);
				if (result == null) result = caseSourced(memoryBank);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.RESERVED_ENTRY_PROFILE: {
				ReservedEntryProfile reservedEntryProfile = (ReservedEntryProfile)theEObject;
				T result = caseReservedEntryProfile(reservedEntryProfile);
				if (result == null) result = caseIdentified(reservedEntryProfile);
				if (result == null) result = caseSourced(reservedEntryProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.RESERVED_ENTRY: {
				ReservedEntry reservedEntry = (ReservedEntry)theEObject;
				T result = caseReservedEntry(reservedEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.RUNTIME_PROFILE: {
				RuntimeProfile runtimeProfile = (RuntimeProfile)theEObject;
				T result = caseRuntimeProfile(runtimeProfile);
				if (result == null) result = caseIdentified(runtimeProfile);
				if (result == null) result = caseSourced(runtimeProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.MEMORY_OPTION: {
				MemoryOption memoryOption = (MemoryOption)theEObject;
				T result = caseMemoryOption(memoryOption);
				if (result == null) result = caseIdentified(memoryOption);
				if (result == null) result = caseSourced(memoryOption);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.DESIGN: {
				Design design = (Design)theEObject;
				T result = caseDesign(design);
				if (result == null) result = caseIdentified(design);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.TOOLCHAIN: {
				Toolchain toolchain = (Toolchain)theEObject;
				T result = caseToolchain(toolchain);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.WASM_MODULE: {
				WasmModule wasmModule = (WasmModule)theEObject;
				T result = caseWasmModule(wasmModule);
				if (result == null) result = caseIdentified(wasmModule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.SHAREABLE: {
				Shareable shareable = (Shareable)theEObject;
				T result = caseShareable(shareable);
				if (result == null) result = caseIdentified(shareable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.SHARED_REGION: {
				SharedRegion sharedRegion = (SharedRegion)theEObject;
				T result = caseSharedRegion(sharedRegion);
				if (result == null) result = caseShareable(sharedRegion);
				if (result == null) result = caseIdentified(sharedRegion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.SUBPARTITION: {
				Subpartition subpartition = (Subpartition)theEObject;
				T result = caseSubpartition(subpartition);
				if (result == null) result = caseShareable(subpartition);
				if (result == null) result = caseIdentified(subpartition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.ACCESS_DISCIPLINE: {
				AccessDiscipline accessDiscipline = (AccessDiscipline)theEObject;
				T result = caseAccessDiscipline(accessDiscipline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WasmpartPackage.GRANT: {
				Grant grant = (Grant)theEObject;
				T result = caseGrant(grant);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sourced</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sourced</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSourced(Sourced object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSource(Source object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Catalog</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCatalog(Catalog object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Board</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Board</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBoard(Board object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Core</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Core</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCore(Core object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Protection Unit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Protection Unit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProtectionUnit(ProtectionUnit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Memory Bank</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Memory Bank</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMemoryBank(MemoryBank object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reserved Entry Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reserved Entry Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReservedEntryProfile(ReservedEntryProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reserved Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reserved Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReservedEntry(ReservedEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Runtime Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Runtime Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRuntimeProfile(RuntimeProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Memory Option</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Memory Option</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMemoryOption(MemoryOption object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Design</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Design</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDesign(Design object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Toolchain</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Toolchain</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseToolchain(Toolchain object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Wasm Module</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Wasm Module</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWasmModule(WasmModule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Shareable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Shareable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseShareable(Shareable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Shared Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Shared Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSharedRegion(SharedRegion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Subpartition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Subpartition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubpartition(Subpartition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Access Discipline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Access Discipline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccessDiscipline(AccessDiscipline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Grant</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Grant</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGrant(Grant object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //WasmpartSwitch
