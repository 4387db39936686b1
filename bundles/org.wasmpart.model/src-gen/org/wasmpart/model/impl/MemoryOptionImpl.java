/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wasmpart.model.Enforcement;
import org.wasmpart.model.Maturity;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.RuntimeCapability;
import org.wasmpart.model.RuntimeKind;
import org.wasmpart.model.Source;
import org.wasmpart.model.Sourced;
import org.wasmpart.model.WasmFeature;
import org.wasmpart.model.WasmpartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Memory Option</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#getMaturity <em>Maturity</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#isSharing <em>Sharing</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#getEnforcement <em>Enforcement</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#getProtectionKinds <em>Protection Kinds</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#getRuntimes <em>Runtimes</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#getRequiredCapabilities <em>Required Capabilities</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#getRequiredFeatures <em>Required Features</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#getMinRegionSize <em>Min Region Size</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#getMaxRegionSize <em>Max Region Size</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#isRoundsToRuntimePage <em>Rounds To Runtime Page</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#getMaxPerInstance <em>Max Per Instance</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.MemoryOptionImpl#isPerModuleReadOnly <em>Per Module Read Only</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemoryOptionImpl extends IdentifiedImpl implements MemoryOption {
	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The default value of the '{@link #getMaturity() <em>Maturity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaturity()
	 * @generated
	 * @ordered
	 */
	protected static final Maturity MATURITY_EDEFAULT = Maturity.SHIPPING;

	/**
	 * The cached value of the '{@link #getMaturity() <em>Maturity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaturity()
	 * @generated
	 * @ordered
	 */
	protected Maturity maturity = MATURITY_EDEFAULT;

	/**
	 * This is true if the Maturity attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maturityESet;

	/**
	 * The default value of the '{@link #isSharing() <em>Sharing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSharing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARING_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSharing() <em>Sharing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSharing()
	 * @generated
	 * @ordered
	 */
	protected boolean sharing = SHARING_EDEFAULT;

	/**
	 * This is true if the Sharing attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sharingESet;

	/**
	 * The default value of the '{@link #getEnforcement() <em>Enforcement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnforcement()
	 * @generated
	 * @ordered
	 */
	protected static final Enforcement ENFORCEMENT_EDEFAULT = Enforcement.HARDWARE;

	/**
	 * The cached value of the '{@link #getEnforcement() <em>Enforcement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnforcement()
	 * @generated
	 * @ordered
	 */
	protected Enforcement enforcement = ENFORCEMENT_EDEFAULT;

	/**
	 * This is true if the Enforcement attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean enforcementESet;

	/**
	 * The cached value of the '{@link #getProtectionKinds() <em>Protection Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtectionKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtectionKind> protectionKinds;

	/**
	 * The cached value of the '{@link #getRuntimes() <em>Runtimes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimes()
	 * @generated
	 * @ordered
	 */
	protected EList<RuntimeKind> runtimes;

	/**
	 * The cached value of the '{@link #getRequiredCapabilities() <em>Required Capabilities</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredCapabilities()
	 * @generated
	 * @ordered
	 */
	protected EList<RuntimeCapability> requiredCapabilities;

	/**
	 * The cached value of the '{@link #getRequiredFeatures() <em>Required Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<WasmFeature> requiredFeatures;

	/**
	 * The default value of the '{@link #getMinRegionSize() <em>Min Region Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRegionSize()
	 * @generated
	 * @ordered
	 */
	protected static final long MIN_REGION_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMinRegionSize() <em>Min Region Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRegionSize()
	 * @generated
	 * @ordered
	 */
	protected long minRegionSize = MIN_REGION_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxRegionSize() <em>Max Region Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRegionSize()
	 * @generated
	 * @ordered
	 */
	protected static final long MAX_REGION_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMaxRegionSize() <em>Max Region Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRegionSize()
	 * @generated
	 * @ordered
	 */
	protected long maxRegionSize = MAX_REGION_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isRoundsToRuntimePage() <em>Rounds To Runtime Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoundsToRuntimePage()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ROUNDS_TO_RUNTIME_PAGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRoundsToRuntimePage() <em>Rounds To Runtime Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoundsToRuntimePage()
	 * @generated
	 * @ordered
	 */
	protected boolean roundsToRuntimePage = ROUNDS_TO_RUNTIME_PAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxPerInstance() <em>Max Per Instance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPerInstance()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_PER_INSTANCE_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getMaxPerInstance() <em>Max Per Instance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPerInstance()
	 * @generated
	 * @ordered
	 */
	protected int maxPerInstance = MAX_PER_INSTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPerModuleReadOnly() <em>Per Module Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPerModuleReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PER_MODULE_READ_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPerModuleReadOnly() <em>Per Module Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPerModuleReadOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean perModuleReadOnly = PER_MODULE_READ_ONLY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemoryOptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WasmpartPackage.Literals.MEMORY_OPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, WasmpartPackage.MEMORY_OPTION__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Maturity getMaturity() {
		return maturity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaturity(Maturity newMaturity) {
		Maturity oldMaturity = maturity;
		maturity = newMaturity == null ? MATURITY_EDEFAULT : newMaturity;
		boolean oldMaturityESet = maturityESet;
		maturityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.MEMORY_OPTION__MATURITY, oldMaturity, maturity, !oldMaturityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaturity() {
		Maturity oldMaturity = maturity;
		boolean oldMaturityESet = maturityESet;
		maturity = MATURITY_EDEFAULT;
		maturityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.MEMORY_OPTION__MATURITY, oldMaturity, MATURITY_EDEFAULT, oldMaturityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaturity() {
		return maturityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSharing() {
		return sharing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharing(boolean newSharing) {
		boolean oldSharing = sharing;
		sharing = newSharing;
		boolean oldSharingESet = sharingESet;
		sharingESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.MEMORY_OPTION__SHARING, oldSharing, sharing, !oldSharingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSharing() {
		boolean oldSharing = sharing;
		boolean oldSharingESet = sharingESet;
		sharing = SHARING_EDEFAULT;
		sharingESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.MEMORY_OPTION__SHARING, oldSharing, SHARING_EDEFAULT, oldSharingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSharing() {
		return sharingESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enforcement getEnforcement() {
		return enforcement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnforcement(Enforcement newEnforcement) {
		Enforcement oldEnforcement = enforcement;
		enforcement = newEnforcement == null ? ENFORCEMENT_EDEFAULT : newEnforcement;
		boolean oldEnforcementESet = enforcementESet;
		enforcementESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.MEMORY_OPTION__ENFORCEMENT, oldEnforcement, enforcement, !oldEnforcementESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEnforcement() {
		Enforcement oldEnforcement = enforcement;
		boolean oldEnforcementESet = enforcementESet;
		enforcement = ENFORCEMENT_EDEFAULT;
		enforcementESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.MEMORY_OPTION__ENFORCEMENT, oldEnforcement, ENFORCEMENT_EDEFAULT, oldEnforcementESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEnforcement() {
		return enforcementESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtectionKind> getProtectionKinds() {
		if (protectionKinds == null) {
			protectionKinds = new EDataTypeUniqueEList<ProtectionKind>(ProtectionKind.class, this, WasmpartPackage.MEMORY_OPTION__PROTECTION_KINDS);
		}
		return protectionKinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuntimeKind> getRuntimes() {
		if (runtimes == null) {
			runtimes = new EDataTypeUniqueEList<RuntimeKind>(RuntimeKind.class, this, WasmpartPackage.MEMORY_OPTION__RUNTIMES);
		}
		return runtimes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuntimeCapability> getRequiredCapabilities() {
		if (requiredCapabilities == null) {
			requiredCapabilities = new EDataTypeUniqueEList<RuntimeCapability>(RuntimeCapability.class, this, WasmpartPackage.MEMORY_OPTION__REQUIRED_CAPABILITIES);
		}
		return requiredCapabilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WasmFeature> getRequiredFeatures() {
		if (requiredFeatures == null) {
			requiredFeatures = new EDataTypeUniqueEList<WasmFeature>(WasmFeature.class, this, WasmpartPackage.MEMORY_OPTION__REQUIRED_FEATURES);
		}
		return requiredFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMinRegionSize() {
		return minRegionSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinRegionSize(long newMinRegionSize) {
		long oldMinRegionSize = minRegionSize;
		minRegionSize = newMinRegionSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.MEMORY_OPTION__MIN_REGION_SIZE, oldMinRegionSize, minRegionSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMaxRegionSize() {
		return maxRegionSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRegionSize(long newMaxRegionSize) {
		long oldMaxRegionSize = maxRegionSize;
		maxRegionSize = newMaxRegionSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.MEMORY_OPTION__MAX_REGION_SIZE, oldMaxRegionSize, maxRegionSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRoundsToRuntimePage() {
		return roundsToRuntimePage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoundsToRuntimePage(boolean newRoundsToRuntimePage) {
		boolean oldRoundsToRuntimePage = roundsToRuntimePage;
		roundsToRuntimePage = newRoundsToRuntimePage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.MEMORY_OPTION__ROUNDS_TO_RUNTIME_PAGE, oldRoundsToRuntimePage, roundsToRuntimePage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxPerInstance() {
		return maxPerInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxPerInstance(int newMaxPerInstance) {
		int oldMaxPerInstance = maxPerInstance;
		maxPerInstance = newMaxPerInstance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.MEMORY_OPTION__MAX_PER_INSTANCE, oldMaxPerInstance, maxPerInstance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPerModuleReadOnly() {
		return perModuleReadOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerModuleReadOnly(boolean newPerModuleReadOnly) {
		boolean oldPerModuleReadOnly = perModuleReadOnly;
		perModuleReadOnly = newPerModuleReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.MEMORY_OPTION__PER_MODULE_READ_ONLY, oldPerModuleReadOnly, perModuleReadOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WasmpartPackage.MEMORY_OPTION__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WasmpartPackage.MEMORY_OPTION__SOURCES:
				return getSources();
			case WasmpartPackage.MEMORY_OPTION__MATURITY:
				return getMaturity();
			case WasmpartPackage.MEMORY_OPTION__SHARING:
				return isSharing();
			case WasmpartPackage.MEMORY_OPTION__ENFORCEMENT:
				return getEnforcement();
			case WasmpartPackage.MEMORY_OPTION__PROTECTION_KINDS:
				return getProtectionKinds();
			case WasmpartPackage.MEMORY_OPTION__RUNTIMES:
				return getRuntimes();
			case WasmpartPackage.MEMORY_OPTION__REQUIRED_CAPABILITIES:
				return getRequiredCapabilities();
			case WasmpartPackage.MEMORY_OPTION__REQUIRED_FEATURES:
				return getRequiredFeatures();
			case WasmpartPackage.MEMORY_OPTION__MIN_REGION_SIZE:
				return getMinRegionSize();
			case WasmpartPackage.MEMORY_OPTION__MAX_REGION_SIZE:
				return getMaxRegionSize();
			case WasmpartPackage.MEMORY_OPTION__ROUNDS_TO_RUNTIME_PAGE:
				return isRoundsToRuntimePage();
			case WasmpartPackage.MEMORY_OPTION__MAX_PER_INSTANCE:
				return getMaxPerInstance();
			case WasmpartPackage.MEMORY_OPTION__PER_MODULE_READ_ONLY:
				return isPerModuleReadOnly();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WasmpartPackage.MEMORY_OPTION__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__MATURITY:
				setMaturity((Maturity)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__SHARING:
				setSharing((Boolean)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__ENFORCEMENT:
				setEnforcement((Enforcement)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__PROTECTION_KINDS:
				getProtectionKinds().clear();
				getProtectionKinds().addAll((Collection<? extends ProtectionKind>)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__RUNTIMES:
				getRuntimes().clear();
				getRuntimes().addAll((Collection<? extends RuntimeKind>)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__REQUIRED_CAPABILITIES:
				getRequiredCapabilities().clear();
				getRequiredCapabilities().addAll((Collection<? extends RuntimeCapability>)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__REQUIRED_FEATURES:
				getRequiredFeatures().clear();
				getRequiredFeatures().addAll((Collection<? extends WasmFeature>)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__MIN_REGION_SIZE:
				setMinRegionSize((Long)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__MAX_REGION_SIZE:
				setMaxRegionSize((Long)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__ROUNDS_TO_RUNTIME_PAGE:
				setRoundsToRuntimePage((Boolean)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__MAX_PER_INSTANCE:
				setMaxPerInstance((Integer)newValue);
				return;
			case WasmpartPackage.MEMORY_OPTION__PER_MODULE_READ_ONLY:
				setPerModuleReadOnly((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WasmpartPackage.MEMORY_OPTION__SOURCES:
				getSources().clear();
				return;
			case WasmpartPackage.MEMORY_OPTION__MATURITY:
				unsetMaturity();
				return;
			case WasmpartPackage.MEMORY_OPTION__SHARING:
				unsetSharing();
				return;
			case WasmpartPackage.MEMORY_OPTION__ENFORCEMENT:
				unsetEnforcement();
				return;
			case WasmpartPackage.MEMORY_OPTION__PROTECTION_KINDS:
				getProtectionKinds().clear();
				return;
			case WasmpartPackage.MEMORY_OPTION__RUNTIMES:
				getRuntimes().clear();
				return;
			case WasmpartPackage.MEMORY_OPTION__REQUIRED_CAPABILITIES:
				getRequiredCapabilities().clear();
				return;
			case WasmpartPackage.MEMORY_OPTION__REQUIRED_FEATURES:
				getRequiredFeatures().clear();
				return;
			case WasmpartPackage.MEMORY_OPTION__MIN_REGION_SIZE:
				setMinRegionSize(MIN_REGION_SIZE_EDEFAULT);
				return;
			case WasmpartPackage.MEMORY_OPTION__MAX_REGION_SIZE:
				setMaxRegionSize(MAX_REGION_SIZE_EDEFAULT);
				return;
			case WasmpartPackage.MEMORY_OPTION__ROUNDS_TO_RUNTIME_PAGE:
				setRoundsToRuntimePage(ROUNDS_TO_RUNTIME_PAGE_EDEFAULT);
				return;
			case WasmpartPackage.MEMORY_OPTION__MAX_PER_INSTANCE:
				setMaxPerInstance(MAX_PER_INSTANCE_EDEFAULT);
				return;
			case WasmpartPackage.MEMORY_OPTION__PER_MODULE_READ_ONLY:
				setPerModuleReadOnly(PER_MODULE_READ_ONLY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WasmpartPackage.MEMORY_OPTION__SOURCES:
				return sources != null && !sources.isEmpty();
			case WasmpartPackage.MEMORY_OPTION__MATURITY:
				return isSetMaturity();
			case WasmpartPackage.MEMORY_OPTION__SHARING:
				return isSetSharing();
			case WasmpartPackage.MEMORY_OPTION__ENFORCEMENT:
				return isSetEnforcement();
			case WasmpartPackage.MEMORY_OPTION__PROTECTION_KINDS:
				return protectionKinds != null && !protectionKinds.isEmpty();
			case WasmpartPackage.MEMORY_OPTION__RUNTIMES:
				return runtimes != null && !runtimes.isEmpty();
			case WasmpartPackage.MEMORY_OPTION__REQUIRED_CAPABILITIES:
				return requiredCapabilities != null && !requiredCapabilities.isEmpty();
			case WasmpartPackage.MEMORY_OPTION__REQUIRED_FEATURES:
				return requiredFeatures != null && !requiredFeatures.isEmpty();
			case WasmpartPackage.MEMORY_OPTION__MIN_REGION_SIZE:
				return minRegionSize != MIN_REGION_SIZE_EDEFAULT;
			case WasmpartPackage.MEMORY_OPTION__MAX_REGION_SIZE:
				return maxRegionSize != MAX_REGION_SIZE_EDEFAULT;
			case WasmpartPackage.MEMORY_OPTION__ROUNDS_TO_RUNTIME_PAGE:
				return roundsToRuntimePage != ROUNDS_TO_RUNTIME_PAGE_EDEFAULT;
			case WasmpartPackage.MEMORY_OPTION__MAX_PER_INSTANCE:
				return maxPerInstance != MAX_PER_INSTANCE_EDEFAULT;
			case WasmpartPackage.MEMORY_OPTION__PER_MODULE_READ_ONLY:
				return perModuleReadOnly != PER_MODULE_READ_ONLY_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Sourced.class) {
			switch (derivedFeatureID) {
				case WasmpartPackage.MEMORY_OPTION__SOURCES: return WasmpartPackage.SOURCED__SOURCES;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Sourced.class) {
			switch (baseFeatureID) {
				case WasmpartPackage.SOURCED__SOURCES: return WasmpartPackage.MEMORY_OPTION__SOURCES;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (maturity: ");
		if (maturityESet) result.append(maturity); else result.append("<unset>");
		result.append(", sharing: ");
		if (sharingESet) result.append(sharing); else result.append("<unset>");
		result.append(", enforcement: ");
		if (enforcementESet) result.append(enforcement); else result.append("<unset>");
		result.append(", protectionKinds: ");
		result.append(protectionKinds);
		result.append(", runtimes: ");
		result.append(runtimes);
		result.append(", requiredCapabilities: ");
		result.append(requiredCapabilities);
		result.append(", requiredFeatures: ");
		result.append(requiredFeatures);
		result.append(", minRegionSize: ");
		result.append(minRegionSize);
		result.append(", maxRegionSize: ");
		result.append(maxRegionSize);
		result.append(", roundsToRuntimePage: ");
		result.append(roundsToRuntimePage);
		result.append(", maxPerInstance: ");
		result.append(maxPerInstance);
		result.append(", perModuleReadOnly: ");
		result.append(perModuleReadOnly);
		result.append(')');
		return result.toString();
	}

} //MemoryOptionImpl
