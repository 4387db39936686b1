/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.wasmpart.model.AccessDiscipline;
import org.wasmpart.model.Architecture;
import org.wasmpart.model.BankKind;
import org.wasmpart.model.Board;
import org.wasmpart.model.Catalog;
import org.wasmpart.model.Core;
import org.wasmpart.model.Design;
import org.wasmpart.model.DisciplineKind;
import org.wasmpart.model.Enforcement;
import org.wasmpart.model.ExecutionMode;
import org.wasmpart.model.Grant;
import org.wasmpart.model.GrantRole;
import org.wasmpart.model.Identified;
import org.wasmpart.model.Maturity;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.OverlapRule;
import org.wasmpart.model.Permission;
import org.wasmpart.model.ProfileKind;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.ReleaseChannel;
import org.wasmpart.model.ReservedEntry;
import org.wasmpart.model.ReservedEntryProfile;
import org.wasmpart.model.RuntimeCapability;
import org.wasmpart.model.RuntimeKind;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.SecurityState;
import org.wasmpart.model.Shareable;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Source;
import org.wasmpart.model.Sourced;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.ToolchainKind;
import org.wasmpart.model.WasmFeature;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartFactory;
import org.wasmpart.model.WasmpartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class WasmpartPackageImpl extends EPackageImpl implements WasmpartPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourcedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass boardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass protectionUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memoryBankEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reservedEntryProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reservedEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runtimeProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memoryOptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass designEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass toolchainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wasmModuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shareableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sharedRegionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subpartitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accessDisciplineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum protectionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum architectureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum securityStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum overlapRuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bankKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum permissionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum grantRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum disciplineKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runtimeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum executionModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum wasmFeatureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runtimeCapabilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum toolchainKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum releaseChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum profileKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum enforcementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum maturityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType addressEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType byteSizeEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.wasmpart.model.WasmpartPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private WasmpartPackageImpl() {
		super(eNS_URI, WasmpartFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link WasmpartPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static WasmpartPackage init() {
		if (isInited) return (WasmpartPackage)EPackage.Registry.INSTANCE.getEPackage(WasmpartPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredWasmpartPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		WasmpartPackageImpl theWasmpartPackage = registeredWasmpartPackage instanceof WasmpartPackageImpl ? (WasmpartPackageImpl)registeredWasmpartPackage : new WasmpartPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theWasmpartPackage.createPackageContents();

		// Initialize created meta-data
		theWasmpartPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theWasmpartPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(WasmpartPackage.eNS_URI, theWasmpartPackage);
		return theWasmpartPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Name() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Description() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourced() {
		return sourcedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSourced_Sources() {
		return (EReference)sourcedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSource() {
		return sourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Facts() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Url() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Section() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Verified() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Note() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalog() {
		return catalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Name() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Boards() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Profiles() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Runtimes() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_MemoryOptions() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBoard() {
		return boardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_Vendor() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_Part() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_Cores() {
		return (EReference)boardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_Banks() {
		return (EReference)boardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCore() {
		return coreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCore_Architecture() {
		return (EAttribute)coreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCore_Cpu() {
		return (EAttribute)coreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCore_ProtectionUnits() {
		return (EReference)coreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProtectionUnit() {
		return protectionUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_Kind() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_SecurityState() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_EntryCount() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_LockedEntries() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_MinRegionSize() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_Granularity() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_Subregions() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_Overlap() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_Na4() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_TorSupported() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_Smepmp() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectionUnit_PageSize() {
		return (EAttribute)protectionUnitEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemoryBank() {
		return memoryBankEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryBank_Kind() {
		return (EAttribute)memoryBankEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryBank_Base() {
		return (EAttribute)memoryBankEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryBank_Size() {
		return (EAttribute)memoryBankEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryBank_Executable() {
		return (EAttribute)memoryBankEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReservedEntryProfile() {
		return reservedEntryProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservedEntryProfile_Kind() {
		return (EAttribute)reservedEntryProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReservedEntryProfile_Entries() {
		return (EReference)reservedEntryProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReservedEntry() {
		return reservedEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservedEntry_Purpose() {
		return (EAttribute)reservedEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservedEntry_Count() {
		return (EAttribute)reservedEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservedEntry_AppliesTo() {
		return (EAttribute)reservedEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservedEntry_Note() {
		return (EAttribute)reservedEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReservedEntry_Region() {
		return (EReference)reservedEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuntimeProfile() {
		return runtimeProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimeProfile_Runtime() {
		return (EAttribute)runtimeProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimeProfile_Version() {
		return (EAttribute)runtimeProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimeProfile_ExecutionMode() {
		return (EAttribute)runtimeProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimeProfile_Features() {
		return (EAttribute)runtimeProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimeProfile_Capabilities() {
		return (EAttribute)runtimeProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimeProfile_PageSize() {
		return (EAttribute)runtimeProfileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemoryOption() {
		return memoryOptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_Maturity() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_Sharing() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_Enforcement() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_ProtectionKinds() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_Runtimes() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_RequiredCapabilities() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_RequiredFeatures() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_MinRegionSize() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_MaxRegionSize() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_RoundsToRuntimePage() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_MaxPerInstance() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryOption_PerModuleReadOnly() {
		return (EAttribute)memoryOptionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDesign() {
		return designEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDesign_Board() {
		return (EReference)designEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDesign_Core() {
		return (EReference)designEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDesign_Runtime() {
		return (EReference)designEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDesign_Profiles() {
		return (EReference)designEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDesign_MemoryOption() {
		return (EReference)designEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDesign_Reservations() {
		return (EReference)designEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDesign_Definitions() {
		return (EReference)designEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDesign_Modules() {
		return (EReference)designEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDesign_Regions() {
		return (EReference)designEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getToolchain() {
		return toolchainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToolchain_Kind() {
		return (EAttribute)toolchainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToolchain_Version() {
		return (EAttribute)toolchainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToolchain_Channel() {
		return (EAttribute)toolchainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToolchain_Target() {
		return (EAttribute)toolchainEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToolchain_Flags() {
		return (EAttribute)toolchainEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWasmModule() {
		return wasmModuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWasmModule_Toolchain() {
		return (EReference)wasmModuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWasmModule_Features() {
		return (EAttribute)wasmModuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWasmModule_DisabledFeatures() {
		return (EAttribute)wasmModuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWasmModule_LinearMemory() {
		return (EAttribute)wasmModuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWasmModule_Stack() {
		return (EAttribute)wasmModuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWasmModule_Heap() {
		return (EAttribute)wasmModuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWasmModule_Bank() {
		return (EReference)wasmModuleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWasmModule_Base() {
		return (EAttribute)wasmModuleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWasmModule_LaidOut() {
		return (EAttribute)wasmModuleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWasmModule_Grants() {
		return (EReference)wasmModuleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShareable() {
		return shareableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShareable_Size() {
		return (EAttribute)shareableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSharedRegion() {
		return sharedRegionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedRegion_Base() {
		return (EAttribute)sharedRegionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedRegion_LaidOut() {
		return (EAttribute)sharedRegionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSharedRegion_Bank() {
		return (EReference)sharedRegionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedRegion_Alignment() {
		return (EAttribute)sharedRegionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedRegion_Resizable() {
		return (EAttribute)sharedRegionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSharedRegion_Subpartitions() {
		return (EReference)sharedRegionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSharedRegion_Discipline() {
		return (EReference)sharedRegionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubpartition() {
		return subpartitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubpartition_Offset() {
		return (EAttribute)subpartitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccessDiscipline() {
		return accessDisciplineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccessDiscipline_Kind() {
		return (EAttribute)accessDisciplineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessDiscipline_Writer() {
		return (EReference)accessDisciplineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessDiscipline_Producer() {
		return (EReference)accessDisciplineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessDiscipline_Consumer() {
		return (EReference)accessDisciplineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessDiscipline_Control() {
		return (EReference)accessDisciplineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGrant() {
		return grantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGrant_Module() {
		return (EReference)grantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGrant_Target() {
		return (EReference)grantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_Permission() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_Role() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProtectionKind() {
		return protectionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArchitecture() {
		return architectureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSecurityState() {
		return securityStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOverlapRule() {
		return overlapRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBankKind() {
		return bankKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPermission() {
		return permissionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGrantRole() {
		return grantRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDisciplineKind() {
		return disciplineKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRuntimeKind() {
		return runtimeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExecutionMode() {
		return executionModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWasmFeature() {
		return wasmFeatureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRuntimeCapability() {
		return runtimeCapabilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getToolchainKind() {
		return toolchainKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReleaseChannel() {
		return releaseChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProfileKind() {
		return profileKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnforcement() {
		return enforcementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMaturity() {
		return maturityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAddress() {
		return addressEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getByteSize() {
		return byteSizeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WasmpartFactory getWasmpartFactory() {
		return (WasmpartFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);
		createEAttribute(identifiedEClass, IDENTIFIED__NAME);
		createEAttribute(identifiedEClass, IDENTIFIED__DESCRIPTION);

		sourcedEClass = createEClass(SOURCED);
		createEReference(sourcedEClass, SOURCED__SOURCES);

		sourceEClass = createEClass(SOURCE);
		createEAttribute(sourceEClass, SOURCE__FACTS);
		createEAttribute(sourceEClass, SOURCE__URL);
		createEAttribute(sourceEClass, SOURCE__SECTION);
		createEAttribute(sourceEClass, SOURCE__VERIFIED);
		createEAttribute(sourceEClass, SOURCE__NOTE);

		catalogEClass = createEClass(CATALOG);
		createEAttribute(catalogEClass, CATALOG__NAME);
		createEReference(catalogEClass, CATALOG__BOARDS);
		createEReference(catalogEClass, CATALOG__PROFILES);
		createEReference(catalogEClass, CATALOG__RUNTIMES);
		createEReference(catalogEClass, CATALOG__MEMORY_OPTIONS);

		boardEClass = createEClass(BOARD);
		createEAttribute(boardEClass, BOARD__VENDOR);
		createEAttribute(boardEClass, BOARD__PART);
		createEReference(boardEClass, BOARD__CORES);
		createEReference(boardEClass, BOARD__BANKS);

		coreEClass = createEClass(CORE);
		createEAttribute(coreEClass, CORE__ARCHITECTURE);
		createEAttribute(coreEClass, CORE__CPU);
		createEReference(coreEClass, CORE__PROTECTION_UNITS);

		protectionUnitEClass = createEClass(PROTECTION_UNIT);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__KIND);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__SECURITY_STATE);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__ENTRY_COUNT);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__LOCKED_ENTRIES);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__MIN_REGION_SIZE);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__GRANULARITY);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__SUBREGIONS);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__OVERLAP);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__NA4);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__TOR_SUPPORTED);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__SMEPMP);
		createEAttribute(protectionUnitEClass, PROTECTION_UNIT__PAGE_SIZE);

		memoryBankEClass = createEClass(MEMORY_BANK);
		createEAttribute(memoryBankEClass, MEMORY_BANK__KIND);
		createEAttribute(memoryBankEClass, MEMORY_BANK__BASE);
		createEAttribute(memoryBankEClass, MEMORY_BANK__SIZE);
		createEAttribute(memoryBankEClass, MEMORY_BANK__EXECUTABLE);

		reservedEntryProfileEClass = createEClass(RESERVED_ENTRY_PROFILE);
		createEAttribute(reservedEntryProfileEClass, RESERVED_ENTRY_PROFILE__KIND);
		createEReference(reservedEntryProfileEClass, RESERVED_ENTRY_PROFILE__ENTRIES);

		reservedEntryEClass = createEClass(RESERVED_ENTRY);
		createEAttribute(reservedEntryEClass, RESERVED_ENTRY__PURPOSE);
		createEAttribute(reservedEntryEClass, RESERVED_ENTRY__COUNT);
		createEAttribute(reservedEntryEClass, RESERVED_ENTRY__APPLIES_TO);
		createEAttribute(reservedEntryEClass, RESERVED_ENTRY__NOTE);
		createEReference(reservedEntryEClass, RESERVED_ENTRY__REGION);

		runtimeProfileEClass = createEClass(RUNTIME_PROFILE);
		createEAttribute(runtimeProfileEClass, RUNTIME_PROFILE__RUNTIME);
		createEAttribute(runtimeProfileEClass, RUNTIME_PROFILE__VERSION);
		createEAttribute(runtimeProfileEClass, RUNTIME_PROFILE__EXECUTION_MODE);
		createEAttribute(runtimeProfileEClass, RUNTIME_PROFILE__FEATURES);
		createEAttribute(runtimeProfileEClass, RUNTIME_PROFILE__CAPABILITIES);
		createEAttribute(runtimeProfileEClass, RUNTIME_PROFILE__PAGE_SIZE);

		memoryOptionEClass = createEClass(MEMORY_OPTION);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__MATURITY);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__SHARING);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__ENFORCEMENT);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__PROTECTION_KINDS);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__RUNTIMES);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__REQUIRED_CAPABILITIES);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__REQUIRED_FEATURES);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__MIN_REGION_SIZE);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__MAX_REGION_SIZE);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__ROUNDS_TO_RUNTIME_PAGE);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__MAX_PER_INSTANCE);
		createEAttribute(memoryOptionEClass, MEMORY_OPTION__PER_MODULE_READ_ONLY);

		designEClass = createEClass(DESIGN);
		createEReference(designEClass, DESIGN__BOARD);
		createEReference(designEClass, DESIGN__CORE);
		createEReference(designEClass, DESIGN__RUNTIME);
		createEReference(designEClass, DESIGN__PROFILES);
		createEReference(designEClass, DESIGN__MEMORY_OPTION);
		createEReference(designEClass, DESIGN__RESERVATIONS);
		createEReference(designEClass, DESIGN__DEFINITIONS);
		createEReference(designEClass, DESIGN__MODULES);
		createEReference(designEClass, DESIGN__REGIONS);

		toolchainEClass = createEClass(TOOLCHAIN);
		createEAttribute(toolchainEClass, TOOLCHAIN__KIND);
		createEAttribute(toolchainEClass, TOOLCHAIN__VERSION);
		createEAttribute(toolchainEClass, TOOLCHAIN__CHANNEL);
		createEAttribute(toolchainEClass, TOOLCHAIN__TARGET);
		createEAttribute(toolchainEClass, TOOLCHAIN__FLAGS);

		wasmModuleEClass = createEClass(WASM_MODULE);
		createEReference(wasmModuleEClass, WASM_MODULE__TOOLCHAIN);
		createEAttribute(wasmModuleEClass, WASM_MODULE__FEATURES);
		createEAttribute(wasmModuleEClass, WASM_MODULE__DISABLED_FEATURES);
		createEAttribute(wasmModuleEClass, WASM_MODULE__LINEAR_MEMORY);
		createEAttribute(wasmModuleEClass, WASM_MODULE__STACK);
		createEAttribute(wasmModuleEClass, WASM_MODULE__HEAP);
		createEReference(wasmModuleEClass, WASM_MODULE__BANK);
		createEAttribute(wasmModuleEClass, WASM_MODULE__BASE);
		createEAttribute(wasmModuleEClass, WASM_MODULE__LAID_OUT);
		createEReference(wasmModuleEClass, WASM_MODULE__GRANTS);

		shareableEClass = createEClass(SHAREABLE);
		createEAttribute(shareableEClass, SHAREABLE__SIZE);

		sharedRegionEClass = createEClass(SHARED_REGION);
		createEAttribute(sharedRegionEClass, SHARED_REGION__BASE);
		createEAttribute(sharedRegionEClass, SHARED_REGION__LAID_OUT);
		createEReference(sharedRegionEClass, SHARED_REGION__BANK);
		createEAttribute(sharedRegionEClass, SHARED_REGION__ALIGNMENT);
		createEAttribute(sharedRegionEClass, SHARED_REGION__RESIZABLE);
		createEReference(sharedRegionEClass, SHARED_REGION__SUBPARTITIONS);
		createEReference(sharedRegionEClass, SHARED_REGION__DISCIPLINE);

		subpartitionEClass = createEClass(SUBPARTITION);
		createEAttribute(subpartitionEClass, SUBPARTITION__OFFSET);

		accessDisciplineEClass = createEClass(ACCESS_DISCIPLINE);
		createEAttribute(accessDisciplineEClass, ACCESS_DISCIPLINE__KIND);
		createEReference(accessDisciplineEClass, ACCESS_DISCIPLINE__WRITER);
		createEReference(accessDisciplineEClass, ACCESS_DISCIPLINE__PRODUCER);
		createEReference(accessDisciplineEClass, ACCESS_DISCIPLINE__CONSUMER);
		createEReference(accessDisciplineEClass, ACCESS_DISCIPLINE__CONTROL);

		grantEClass = createEClass(GRANT);
		createEReference(grantEClass, GRANT__MODULE);
		createEReference(grantEClass, GRANT__TARGET);
		createEAttribute(grantEClass, GRANT__PERMISSION);
		createEAttribute(grantEClass, GRANT__ROLE);

		// Create enums
		protectionKindEEnum = createEEnum(PROTECTION_KIND);
		architectureEEnum = createEEnum(ARCHITECTURE);
		securityStateEEnum = createEEnum(SECURITY_STATE);
		overlapRuleEEnum = createEEnum(OVERLAP_RULE);
		bankKindEEnum = createEEnum(BANK_KIND);
		permissionEEnum = createEEnum(PERMISSION);
		grantRoleEEnum = createEEnum(GRANT_ROLE);
		disciplineKindEEnum = createEEnum(DISCIPLINE_KIND);
		runtimeKindEEnum = createEEnum(RUNTIME_KIND);
		executionModeEEnum = createEEnum(EXECUTION_MODE);
		wasmFeatureEEnum = createEEnum(WASM_FEATURE);
		runtimeCapabilityEEnum = createEEnum(RUNTIME_CAPABILITY);
		toolchainKindEEnum = createEEnum(TOOLCHAIN_KIND);
		releaseChannelEEnum = createEEnum(RELEASE_CHANNEL);
		profileKindEEnum = createEEnum(PROFILE_KIND);
		enforcementEEnum = createEEnum(ENFORCEMENT);
		maturityEEnum = createEEnum(MATURITY);

		// Create data types
		addressEDataType = createEDataType(ADDRESS);
		byteSizeEDataType = createEDataType(BYTE_SIZE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		boardEClass.getESuperTypes().add(this.getIdentified());
		boardEClass.getESuperTypes().add(this.getSourced());
		coreEClass.getESuperTypes().add(this.getIdentified());
		coreEClass.getESuperTypes().add(this.getSourced());
		protectionUnitEClass.getESuperTypes().add(this.getIdentified());
		protectionUnitEClass.getESuperTypes().add(this.getSourced());
		memoryBankEClass.getESuperTypes().add(this.getIdentified());
		memoryBankEClass.getESuperTypes().add(this.getSourced());
		reservedEntryProfileEClass.getESuperTypes().add(this.getIdentified());
		reservedEntryProfileEClass.getESuperTypes().add(this.getSourced());
		runtimeProfileEClass.getESuperTypes().add(this.getIdentified());
		runtimeProfileEClass.getESuperTypes().add(this.getSourced());
		memoryOptionEClass.getESuperTypes().add(this.getIdentified());
		memoryOptionEClass.getESuperTypes().add(this.getSourced());
		designEClass.getESuperTypes().add(this.getIdentified());
		wasmModuleEClass.getESuperTypes().add(this.getIdentified());
		shareableEClass.getESuperTypes().add(this.getIdentified());
		sharedRegionEClass.getESuperTypes().add(this.getShareable());
		subpartitionEClass.getESuperTypes().add(this.getShareable());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 1, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentified_Name(), ecorePackage.getEString(), "name", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentified_Description(), ecorePackage.getEString(), "description", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourcedEClass, Sourced.class, "Sourced", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSourced_Sources(), this.getSource(), null, "sources", null, 0, -1, Sourced.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceEClass, Source.class, "Source", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSource_Facts(), ecorePackage.getEString(), "facts", null, 1, -1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Url(), ecorePackage.getEString(), "url", null, 1, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Section(), ecorePackage.getEString(), "section", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Verified(), ecorePackage.getEBoolean(), "verified", "true", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Note(), ecorePackage.getEString(), "note", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(catalogEClass, Catalog.class, "Catalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCatalog_Name(), ecorePackage.getEString(), "name", null, 0, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Boards(), this.getBoard(), null, "boards", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Profiles(), this.getReservedEntryProfile(), null, "profiles", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Runtimes(), this.getRuntimeProfile(), null, "runtimes", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_MemoryOptions(), this.getMemoryOption(), null, "memoryOptions", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(boardEClass, Board.class, "Board", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBoard_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoard_Part(), ecorePackage.getEString(), "part", null, 0, 1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoard_Cores(), this.getCore(), null, "cores", null, 1, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoard_Banks(), this.getMemoryBank(), null, "banks", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(coreEClass, Core.class, "Core", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCore_Architecture(), this.getArchitecture(), "architecture", null, 0, 1, Core.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCore_Cpu(), ecorePackage.getEString(), "cpu", null, 0, 1, Core.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCore_ProtectionUnits(), this.getProtectionUnit(), null, "protectionUnits", null, 0, -1, Core.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(protectionUnitEClass, ProtectionUnit.class, "ProtectionUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProtectionUnit_Kind(), this.getProtectionKind(), "kind", null, 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtectionUnit_SecurityState(), this.getSecurityState(), "securityState", null, 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtectionUnit_EntryCount(), ecorePackage.getEInt(), "entryCount", null, 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtectionUnit_LockedEntries(), ecorePackage.getEInt(), "lockedEntries", null, 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtectionUnit_MinRegionSize(), this.getByteSize(), "minRegionSize", null, 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtectionUnit_Granularity(), this.getByteSize(), "granularity", null, 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtectionUnit_Subregions(), ecorePackage.getEInt(), "subregions", null, 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtectionUnit_Overlap(), this.getOverlapRule(), "overlap", null, 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtectionUnit_Na4(), ecorePackage.getEBoolean(), "na4", null, 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtectionUnit_TorSupported(), ecorePackage.getEBoolean(), "torSupported", "true", 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtectionUnit_Smepmp(), ecorePackage.getEBoolean(), "smepmp", null, 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtectionUnit_PageSize(), this.getByteSize(), "pageSize", null, 0, 1, ProtectionUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(memoryBankEClass, MemoryBank.class, "MemoryBank", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMemoryBank_Kind(), this.getBankKind(), "kind", null, 0, 1, MemoryBank.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryBank_Base(), this.getAddress(), "base", null, 0, 1, MemoryBank.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryBank_Size(), this.getByteSize(), "size", null, 0, 1, MemoryBank.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryBank_Executable(), ecorePackage.getEBoolean(), "executable", null, 0, 1, MemoryBank.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reservedEntryProfileEClass, ReservedEntryProfile.class, "ReservedEntryProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReservedEntryProfile_Kind(), this.getProfileKind(), "kind", null, 0, 1, ReservedEntryProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReservedEntryProfile_Entries(), this.getReservedEntry(), null, "entries", null, 0, -1, ReservedEntryProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reservedEntryEClass, ReservedEntry.class, "ReservedEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReservedEntry_Purpose(), ecorePackage.getEString(), "purpose", null, 1, 1, ReservedEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReservedEntry_Count(), ecorePackage.getEInt(), "count", "1", 0, 1, ReservedEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReservedEntry_AppliesTo(), this.getProtectionKind(), "appliesTo", null, 0, -1, ReservedEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReservedEntry_Note(), ecorePackage.getEString(), "note", null, 0, 1, ReservedEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReservedEntry_Region(), this.getSharedRegion(), null, "region", null, 0, 1, ReservedEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runtimeProfileEClass, RuntimeProfile.class, "RuntimeProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRuntimeProfile_Runtime(), this.getRuntimeKind(), "runtime", null, 0, 1, RuntimeProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimeProfile_Version(), ecorePackage.getEString(), "version", null, 0, 1, RuntimeProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimeProfile_ExecutionMode(), this.getExecutionMode(), "executionMode", null, 0, 1, RuntimeProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimeProfile_Features(), this.getWasmFeature(), "features", null, 0, -1, RuntimeProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimeProfile_Capabilities(), this.getRuntimeCapability(), "capabilities", null, 0, -1, RuntimeProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimeProfile_PageSize(), this.getByteSize(), "pageSize", null, 0, 1, RuntimeProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(memoryOptionEClass, MemoryOption.class, "MemoryOption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMemoryOption_Maturity(), this.getMaturity(), "maturity", null, 0, 1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryOption_Sharing(), ecorePackage.getEBoolean(), "sharing", "true", 0, 1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryOption_Enforcement(), this.getEnforcement(), "enforcement", null, 0, 1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryOption_ProtectionKinds(), this.getProtectionKind(), "protectionKinds", null, 0, -1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryOption_Runtimes(), this.getRuntimeKind(), "runtimes", null, 0, -1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryOption_RequiredCapabilities(), this.getRuntimeCapability(), "requiredCapabilities", null, 0, -1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryOption_RequiredFeatures(), this.getWasmFeature(), "requiredFeatures", null, 0, -1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryOption_MinRegionSize(), this.getByteSize(), "minRegionSize", null, 0, 1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryOption_MaxRegionSize(), this.getByteSize(), "maxRegionSize", null, 0, 1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryOption_RoundsToRuntimePage(), ecorePackage.getEBoolean(), "roundsToRuntimePage", null, 0, 1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryOption_MaxPerInstance(), ecorePackage.getEInt(), "maxPerInstance", "-1", 0, 1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryOption_PerModuleReadOnly(), ecorePackage.getEBoolean(), "perModuleReadOnly", null, 0, 1, MemoryOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(designEClass, Design.class, "Design", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDesign_Board(), this.getBoard(), null, "board", null, 1, 1, Design.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDesign_Core(), this.getCore(), null, "core", null, 0, 1, Design.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDesign_Runtime(), this.getRuntimeProfile(), null, "runtime", null, 1, 1, Design.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDesign_Profiles(), this.getReservedEntryProfile(), null, "profiles", null, 0, -1, Design.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDesign_MemoryOption(), this.getMemoryOption(), null, "memoryOption", null, 1, 1, Design.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDesign_Reservations(), this.getReservedEntry(), null, "reservations", null, 0, -1, Design.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDesign_Definitions(), this.getCatalog(), null, "definitions", null, 0, 1, Design.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDesign_Modules(), this.getWasmModule(), null, "modules", null, 0, -1, Design.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDesign_Regions(), this.getSharedRegion(), null, "regions", null, 0, -1, Design.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(toolchainEClass, Toolchain.class, "Toolchain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getToolchain_Kind(), this.getToolchainKind(), "kind", null, 0, 1, Toolchain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getToolchain_Version(), ecorePackage.getEString(), "version", null, 0, 1, Toolchain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getToolchain_Channel(), this.getReleaseChannel(), "channel", null, 0, 1, Toolchain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getToolchain_Target(), ecorePackage.getEString(), "target", null, 0, 1, Toolchain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getToolchain_Flags(), ecorePackage.getEString(), "flags", null, 0, 1, Toolchain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(wasmModuleEClass, WasmModule.class, "WasmModule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWasmModule_Toolchain(), this.getToolchain(), null, "toolchain", null, 0, 1, WasmModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWasmModule_Features(), this.getWasmFeature(), "features", null, 0, -1, WasmModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWasmModule_DisabledFeatures(), this.getWasmFeature(), "disabledFeatures", null, 0, -1, WasmModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWasmModule_LinearMemory(), this.getByteSize(), "linearMemory", null, 0, 1, WasmModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWasmModule_Stack(), this.getByteSize(), "stack", null, 0, 1, WasmModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWasmModule_Heap(), this.getByteSize(), "heap", null, 0, 1, WasmModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWasmModule_Bank(), this.getMemoryBank(), null, "bank", null, 0, 1, WasmModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWasmModule_Base(), this.getAddress(), "base", null, 0, 1, WasmModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWasmModule_LaidOut(), ecorePackage.getEBoolean(), "laidOut", null, 0, 1, WasmModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWasmModule_Grants(), this.getGrant(), this.getGrant_Module(), "grants", null, 0, -1, WasmModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shareableEClass, Shareable.class, "Shareable", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShareable_Size(), this.getByteSize(), "size", null, 0, 1, Shareable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sharedRegionEClass, SharedRegion.class, "SharedRegion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSharedRegion_Base(), this.getAddress(), "base", null, 0, 1, SharedRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedRegion_LaidOut(), ecorePackage.getEBoolean(), "laidOut", null, 0, 1, SharedRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSharedRegion_Bank(), this.getMemoryBank(), null, "bank", null, 0, 1, SharedRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedRegion_Alignment(), this.getByteSize(), "alignment", null, 0, 1, SharedRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedRegion_Resizable(), ecorePackage.getEBoolean(), "resizable", "true", 0, 1, SharedRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSharedRegion_Subpartitions(), this.getSubpartition(), null, "subpartitions", null, 0, -1, SharedRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSharedRegion_Discipline(), this.getAccessDiscipline(), null, "discipline", null, 0, 1, SharedRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subpartitionEClass, Subpartition.class, "Subpartition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubpartition_Offset(), this.getByteSize(), "offset", null, 0, 1, Subpartition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accessDisciplineEClass, AccessDiscipline.class, "AccessDiscipline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccessDiscipline_Kind(), this.getDisciplineKind(), "kind", null, 0, 1, AccessDiscipline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccessDiscipline_Writer(), this.getWasmModule(), null, "writer", null, 0, 1, AccessDiscipline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccessDiscipline_Producer(), this.getWasmModule(), null, "producer", null, 0, 1, AccessDiscipline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccessDiscipline_Consumer(), this.getWasmModule(), null, "consumer", null, 0, 1, AccessDiscipline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccessDiscipline_Control(), this.getSubpartition(), null, "control", null, 0, 1, AccessDiscipline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(grantEClass, Grant.class, "Grant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGrant_Module(), this.getWasmModule(), this.getWasmModule_Grants(), "module", null, 0, 1, Grant.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGrant_Target(), this.getShareable(), null, "target", null, 1, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_Permission(), this.getPermission(), "permission", null, 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_Role(), this.getGrantRole(), "role", null, 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(protectionKindEEnum, ProtectionKind.class, "ProtectionKind");
		addEEnumLiteral(protectionKindEEnum, ProtectionKind.NONE);
		addEEnumLiteral(protectionKindEEnum, ProtectionKind.PMSA_V7);
		addEEnumLiteral(protectionKindEEnum, ProtectionKind.PMSA_V8);
		addEEnumLiteral(protectionKindEEnum, ProtectionKind.PMP);
		addEEnumLiteral(protectionKindEEnum, ProtectionKind.MMU);

		initEEnum(architectureEEnum, Architecture.class, "Architecture");
		addEEnumLiteral(architectureEEnum, Architecture.ARMV6M);
		addEEnumLiteral(architectureEEnum, Architecture.ARMV7M);
		addEEnumLiteral(architectureEEnum, Architecture.ARMV7EM);
		addEEnumLiteral(architectureEEnum, Architecture.ARMV8M_BASELINE);
		addEEnumLiteral(architectureEEnum, Architecture.ARMV8M_MAINLINE);
		addEEnumLiteral(architectureEEnum, Architecture.ARMV7A);
		addEEnumLiteral(architectureEEnum, Architecture.RV32);
		addEEnumLiteral(architectureEEnum, Architecture.RV64);
		addEEnumLiteral(architectureEEnum, Architecture.XTENSA);

		initEEnum(securityStateEEnum, SecurityState.class, "SecurityState");
		addEEnumLiteral(securityStateEEnum, SecurityState.NONE);
		addEEnumLiteral(securityStateEEnum, SecurityState.SECURE);
		addEEnumLiteral(securityStateEEnum, SecurityState.NON_SECURE);

		initEEnum(overlapRuleEEnum, OverlapRule.class, "OverlapRule");
		addEEnumLiteral(overlapRuleEEnum, OverlapRule.NOT_APPLICABLE);
		addEEnumLiteral(overlapRuleEEnum, OverlapRule.HIGHEST_NUMBER_WINS);
		addEEnumLiteral(overlapRuleEEnum, OverlapRule.LOWEST_NUMBER_WINS);
		addEEnumLiteral(overlapRuleEEnum, OverlapRule.FAULT);

		initEEnum(bankKindEEnum, BankKind.class, "BankKind");
		addEEnumLiteral(bankKindEEnum, BankKind.FLASH);
		addEEnumLiteral(bankKindEEnum, BankKind.SRAM);
		addEEnumLiteral(bankKindEEnum, BankKind.TCM);
		addEEnumLiteral(bankKindEEnum, BankKind.ROM);
		addEEnumLiteral(bankKindEEnum, BankKind.PSRAM);
		addEEnumLiteral(bankKindEEnum, BankKind.DRAM);

		initEEnum(permissionEEnum, Permission.class, "Permission");
		addEEnumLiteral(permissionEEnum, Permission.R);
		addEEnumLiteral(permissionEEnum, Permission.RW);
		addEEnumLiteral(permissionEEnum, Permission.RX);
		addEEnumLiteral(permissionEEnum, Permission.RWX);

		initEEnum(grantRoleEEnum, GrantRole.class, "GrantRole");
		addEEnumLiteral(grantRoleEEnum, GrantRole.USER);
		addEEnumLiteral(grantRoleEEnum, GrantRole.OWNER);
		addEEnumLiteral(grantRoleEEnum, GrantRole.READER);
		addEEnumLiteral(grantRoleEEnum, GrantRole.WRITER);
		addEEnumLiteral(grantRoleEEnum, GrantRole.PRODUCER);
		addEEnumLiteral(grantRoleEEnum, GrantRole.CONSUMER);

		initEEnum(disciplineKindEEnum, DisciplineKind.class, "DisciplineKind");
		addEEnumLiteral(disciplineKindEEnum, DisciplineKind.UNSYNCHRONISED);
		addEEnumLiteral(disciplineKindEEnum, DisciplineKind.EXCLUSIVE_WRITER);
		addEEnumLiteral(disciplineKindEEnum, DisciplineKind.SPSC_RING);
		addEEnumLiteral(disciplineKindEEnum, DisciplineKind.LOCK_PROTECTED);
		addEEnumLiteral(disciplineKindEEnum, DisciplineKind.READ_ONLY_AFTER_INIT);

		initEEnum(runtimeKindEEnum, RuntimeKind.class, "RuntimeKind");
		addEEnumLiteral(runtimeKindEEnum, RuntimeKind.WAMR);
		addEEnumLiteral(runtimeKindEEnum, RuntimeKind.WASMTIME);
		addEEnumLiteral(runtimeKindEEnum, RuntimeKind.WASM3);
		addEEnumLiteral(runtimeKindEEnum, RuntimeKind.AWSM);
		addEEnumLiteral(runtimeKindEEnum, RuntimeKind.WASMI);

		initEEnum(executionModeEEnum, ExecutionMode.class, "ExecutionMode");
		addEEnumLiteral(executionModeEEnum, ExecutionMode.INTERPRETER);
		addEEnumLiteral(executionModeEEnum, ExecutionMode.FAST_INTERPRETER);
		addEEnumLiteral(executionModeEEnum, ExecutionMode.AOT);
		addEEnumLiteral(executionModeEEnum, ExecutionMode.JIT);

		initEEnum(wasmFeatureEEnum, WasmFeature.class, "WasmFeature");
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.REFERENCE_TYPES);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.BULK_MEMORY);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.MULTI_VALUE);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.MUTABLE_GLOBALS);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.SIGN_EXT);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.NONTRAPPING_FPTOINT);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.SIMD128);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.THREADS);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.MULTI_MEMORY);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.TAIL_CALL);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.EXCEPTION_HANDLING);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.MEMORY64);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.EXTENDED_CONST);
		addEEnumLiteral(wasmFeatureEEnum, WasmFeature.CALL_INDIRECT_OVERLONG);

		initEEnum(runtimeCapabilityEEnum, RuntimeCapability.class, "RuntimeCapability");
		addEEnumLiteral(runtimeCapabilityEEnum, RuntimeCapability.SHARED_HEAP);
		addEEnumLiteral(runtimeCapabilityEEnum, RuntimeCapability.SHARED_HEAP_CHAIN);
		addEEnumLiteral(runtimeCapabilityEEnum, RuntimeCapability.SHARED_MEMORY);
		addEEnumLiteral(runtimeCapabilityEEnum, RuntimeCapability.LIB_PTHREAD);
		addEEnumLiteral(runtimeCapabilityEEnum, RuntimeCapability.WASI_THREADS);
		addEEnumLiteral(runtimeCapabilityEEnum, RuntimeCapability.HW_BOUND_CHECK);
		addEEnumLiteral(runtimeCapabilityEEnum, RuntimeCapability.MULTI_MODULE);
		addEEnumLiteral(runtimeCapabilityEEnum, RuntimeCapability.MEMORY_MAP);
		addEEnumLiteral(runtimeCapabilityEEnum, RuntimeCapability.SOFTWARE_BOUNDS_MASKING);
		addEEnumLiteral(runtimeCapabilityEEnum, RuntimeCapability.CAPABILITIES);

		initEEnum(toolchainKindEEnum, ToolchainKind.class, "ToolchainKind");
		addEEnumLiteral(toolchainKindEEnum, ToolchainKind.WASI_SDK);
		addEEnumLiteral(toolchainKindEEnum, ToolchainKind.CLANG);
		addEEnumLiteral(toolchainKindEEnum, ToolchainKind.RUST);
		addEEnumLiteral(toolchainKindEEnum, ToolchainKind.TINYGO);
		addEEnumLiteral(toolchainKindEEnum, ToolchainKind.ASSEMBLYSCRIPT);
		addEEnumLiteral(toolchainKindEEnum, ToolchainKind.EMSCRIPTEN);
		addEEnumLiteral(toolchainKindEEnum, ToolchainKind.ZIG);

		initEEnum(releaseChannelEEnum, ReleaseChannel.class, "ReleaseChannel");
		addEEnumLiteral(releaseChannelEEnum, ReleaseChannel.STABLE);
		addEEnumLiteral(releaseChannelEEnum, ReleaseChannel.BETA);
		addEEnumLiteral(releaseChannelEEnum, ReleaseChannel.NIGHTLY);

		initEEnum(profileKindEEnum, ProfileKind.class, "ProfileKind");
		addEEnumLiteral(profileKindEEnum, ProfileKind.RTOS);
		addEEnumLiteral(profileKindEEnum, ProfileKind.RUNTIME);

		initEEnum(enforcementEEnum, Enforcement.class, "Enforcement");
		addEEnumLiteral(enforcementEEnum, Enforcement.HARDWARE);
		addEEnumLiteral(enforcementEEnum, Enforcement.SOFTWARE);
		addEEnumLiteral(enforcementEEnum, Enforcement.NONE);

		initEEnum(maturityEEnum, Maturity.class, "Maturity");
		addEEnumLiteral(maturityEEnum, Maturity.SHIPPING);
		addEEnumLiteral(maturityEEnum, Maturity.EXPERIMENTAL);
		addEEnumLiteral(maturityEEnum, Maturity.PROPOSAL);

		// Initialize data types
		initEDataType(addressEDataType, long.class, "Address", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(byteSizeEDataType, long.class, "ByteSize", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //WasmpartPackageImpl
