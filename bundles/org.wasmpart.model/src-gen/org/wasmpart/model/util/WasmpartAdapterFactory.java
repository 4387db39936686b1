/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.wasmpart.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage
 * @generated
 */
public class WasmpartAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static WasmpartPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WasmpartAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = WasmpartPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WasmpartSwitch<Adapter> modelSwitch =
		new WasmpartSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseSourced(Sourced object) {
				return createSourcedAdapter();
			}
			@Override
			public Adapter caseSource(Source object) {
				return createSourceAdapter();
			}
			@Override
			public Adapter caseCatalog(Catalog object) {
				return createCatalogAdapter();
			}
			@Override
			public Adapter caseBoard(Board object) {
				return createBoardAdapter();
			}
			@Override
			public Adapter caseCore(Core object) {
				return createCoreAdapter();
			}
			@Override
			public Adapter caseProtectionUnit(ProtectionUnit object) {
				return createProtectionUnitAdapter();
			}
			@Override
			public Adapter caseMemoryBank(MemoryBank object) {
				return createMemoryBankAdapter();
			}
			@Override
			public Adapter caseReservedEntryProfile(ReservedEntryProfile object) {
				return createReservedEntryProfileAdapter();
			}
			@Override
			public Adapter caseReservedEntry(ReservedEntry object) {
				return createReservedEntryAdapter();
			}
			@Override
			public Adapter caseRuntimeProfile(RuntimeProfile object) {
				return createRuntimeProfileAdapter();
			}
			@Override
			public Adapter caseMemoryOption(MemoryOption object) {
				return createMemoryOptionAdapter();
			}
			@Override
			public Adapter caseDesign(Design object) {
				return createDesignAdapter();
			}
			@Override
			public Adapter caseToolchain(Toolchain object) {
				return createToolchainAdapter();
			}
			@Override
			public Adapter caseWasmModule(WasmModule object) {
				return createWasmModuleAdapter();
			}
			@Override
			public Adapter caseShareable(Shareable object) {
				return createShareableAdapter();
			}
			@Override
			public Adapter caseSharedRegion(SharedRegion object) {
				return createSharedRegionAdapter();
			}
			@Override
			public Adapter caseSubpartition(Subpartition object) {
				return createSubpartitionAdapter();
			}
			@Override
			public Adapter caseAccessDiscipline(AccessDiscipline object) {
				return createAccessDisciplineAdapter();
			}
			@Override
			public Adapter caseGrant(Grant object) {
				return createGrantAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.Sourced <em>Sourced</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.Sourced
	 * @generated
	 */
	public Adapter createSourcedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.Source
	 * @generated
	 */
	public Adapter createSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.Catalog
	 * @generated
	 */
	public Adapter createCatalogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.Board <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.Board
	 * @generated
	 */
	public Adapter createBoardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.Core <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.Core
	 * @generated
	 */
	public Adapter createCoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.ProtectionUnit <em>Protection Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.ProtectionUnit
	 * @generated
	 */
	public Adapter createProtectionUnitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.MemoryBank <em>Memory Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.MemoryBank
	 * @generated
	 */
	public Adapter createMemoryBankAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.ReservedEntryProfile <em>Reserved Entry Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.ReservedEntryProfile
	 * @generated
	 */
	public Adapter createReservedEntryProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.ReservedEntry <em>Reserved Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.ReservedEntry
	 * @generated
	 */
	public Adapter createReservedEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.RuntimeProfile <em>Runtime Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.RuntimeProfile
	 * @generated
	 */
	public Adapter createRuntimeProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.MemoryOption <em>Memory Option</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.MemoryOption
	 * @generated
	 */
	public Adapter createMemoryOptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.Design <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.Design
	 * @generated
	 */
	public Adapter createDesignAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.Toolchain <em>Toolchain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.Toolchain
	 * @generated
	 */
	public Adapter createToolchainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.WasmModule <em>Wasm Module</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.WasmModule
	 * @generated
	 */
	public Adapter createWasmModuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.Shareable <em>Shareable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.Shareable
	 * @generated
	 */
	public Adapter createShareableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.SharedRegion <em>Shared Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.SharedRegion
	 * @generated
	 */
	public Adapter createSharedRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.Subpartition <em>Subpartition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.Subpartition
	 * @generated
	 */
	public Adapter createSubpartitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.AccessDiscipline <em>Access Discipline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.AccessDiscipline
	 * @generated
	 */
	public Adapter createAccessDisciplineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.wasmpart.model.Grant <em>Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.wasmpart.model.Grant
	 * @generated
	 */
	public Adapter createGrantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //WasmpartAdapterFactory
