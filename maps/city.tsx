<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="city" tilewidth="16" tileheight="16" tilecount="295" columns="16">
 <image source="../assets/tiles/city.png" width="256" height="304"/>
 <tile id="0">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="asphalt"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="asphalt_2"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="road_line_h"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="road_line_v"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="zebra_v"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="zebra_h"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="road_stop_line"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="manhole"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="pavement"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="pavement_2"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_n"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_s"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_e"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_w"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_ne"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_nw"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_se"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_sw"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_drain"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="grass"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="grass_2"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="earth"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="earth_2"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="earth_chalk"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="gravel"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="stepping_stones"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_kawara_ridge_l"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_kawara_ridge_m"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_kawara_ridge_r"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_kawara_mid_l"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_kawara_mid_m"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_kawara_mid_r"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_kawara_eave_l"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_kawara_eave_m"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_kawara_eave_r"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_tin_ridge_l"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_tin_ridge_m"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_tin_ridge_r"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_tin_mid_l"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_tin_mid_m"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_tin_mid_r"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_tin_eave_l"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_tin_eave_m"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_tin_eave_r"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_flat_ridge_l"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_flat_ridge_m"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_flat_ridge_r"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_flat_mid_l"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_flat_mid_m"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_flat_mid_r"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_flat_eave_l"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_flat_eave_m"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_flat_eave_r"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_green_ridge_l"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_green_ridge_m"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_green_ridge_r"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_green_mid_l"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_green_mid_m"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_green_mid_r"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_green_eave_l"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_green_eave_m"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roof_green_eave_r"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_plaster_plain"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_plaster_top"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_plaster_base"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_plaster_window"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_plaster_window_lit"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_plaster_window_small"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_plaster_pipe"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_brick_plain"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_brick_top"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_brick_base"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_brick_window"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_brick_window_lit"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_brick_window_small"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_brick_pipe"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_wood_plain"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_wood_top"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_wood_base"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_wood_window"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_wood_window_lit"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_wood_window_small"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_wood_pipe"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_concrete_plain"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_concrete_top"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_concrete_base"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_concrete_window"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_concrete_window_lit"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_concrete_window_small"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_concrete_pipe"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_dark_plain"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_dark_top"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_dark_base"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_dark_window"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_dark_window_lit"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_dark_window_small"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wall_dark_pipe"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_plaster_wood"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_plaster_wood_top"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_plaster_glass"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_plaster_glass_top"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_plaster_sliding"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_plaster_sliding_top"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_brick_wood"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_brick_wood_top"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_brick_glass"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_brick_glass_top"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_brick_sliding"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_brick_sliding_top"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_wood_wood"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_wood_wood_top"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_wood_glass"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_wood_glass_top"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_wood_sliding"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_wood_sliding_top"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_concrete_wood"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_concrete_wood_top"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_concrete_glass"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_concrete_glass_top"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_concrete_sliding"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_concrete_sliding_top"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_dark_wood"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_dark_wood_top"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_dark_glass"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_dark_glass_top"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_dark_sliding"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="door_dark_sliding_top"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="door_lintel"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shop_window_toys"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shop_window_tobacco"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shop_window_cafe"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shop_window_plain"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="kiosk_counter"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="ticket_booth"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="poster_face_top"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="poster_face_bottom"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="poster_sea_top"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="poster_sea_bottom"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="awning_red_l"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="awning_red_m"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="awning_red_r"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="awning_green_l"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="awning_green_m"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="awning_green_r"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="awning_blue_l"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="awning_blue_m"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="awning_blue_r"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_tobacco_0"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_tobacco_1"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_tobacco_2"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_toys_0"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_toys_1"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_cafe_0"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_cafe_1"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_cinema_0"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_cinema_1"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_cinema_2"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_hotel_0"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_hotel_1"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_hotel_2"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_apartments_0"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_apartments_1"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_house_s"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_clinic_0"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_clinic_1"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_museum_0"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_museum_1"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_bakery_0"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="sign_bakery_1"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="lamp_base"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="lamp_top"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="pole_base"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="pole_top"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="post_box"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bus_stop_base"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="bus_stop_top"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bench_l"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bench_r"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="hedge"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="hedge_v"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="fence"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="block_wall"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tree_trunk"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tree_crown_nw"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tree_crown_n"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tree_crown_ne"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tree_crown_sw"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tree_crown_s"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tree_crown_se"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="small_tree"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="planter"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bicycle"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="cafe_table"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="cafe_chair"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="parasol_nw"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="parasol_n"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="parasol_ne"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="parasol_s"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="flower_box"/>
  </properties>
 </tile>
 <tile id="199">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="canopy_l"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="canopy_m"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="canopy_r"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="floor_wood"/>
  </properties>
 </tile>
 <tile id="203">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="floor_lino"/>
  </properties>
 </tile>
 <tile id="204">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="floor_tile"/>
  </properties>
 </tile>
 <tile id="205">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="floor_stone"/>
  </properties>
 </tile>
 <tile id="206">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="floor_carpet"/>
  </properties>
 </tile>
 <tile id="207">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="floor_lab"/>
  </properties>
 </tile>
 <tile id="208">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tatami_l"/>
  </properties>
 </tile>
 <tile id="209">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tatami_r"/>
  </properties>
 </tile>
 <tile id="210">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tatami_t"/>
  </properties>
 </tile>
 <tile id="211">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tatami_b"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_top"/>
  </properties>
 </tile>
 <tile id="213">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_upper"/>
  </properties>
 </tile>
 <tile id="214">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_lower"/>
  </properties>
 </tile>
 <tile id="215">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_window"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="iwall_doorway_top"/>
  </properties>
 </tile>
 <tile id="217">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_door_top"/>
  </properties>
 </tile>
 <tile id="218">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_door"/>
  </properties>
 </tile>
 <tile id="219">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="iwall_doorway"/>
  </properties>
 </tile>
 <tile id="220">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="fusuma_top"/>
  </properties>
 </tile>
 <tile id="221">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="fusuma"/>
  </properties>
 </tile>
 <tile id="222">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="mirror_top"/>
  </properties>
 </tile>
 <tile id="223">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="mirror"/>
  </properties>
 </tile>
 <tile id="224">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_calendar"/>
  </properties>
 </tile>
 <tile id="225">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_clock"/>
  </properties>
 </tile>
 <tile id="226">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_picture"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="stairs_down"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="floor_genkan"/>
  </properties>
 </tile>
 <tile id="229">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="desk_l"/>
  </properties>
 </tile>
 <tile id="230">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="desk_r"/>
  </properties>
 </tile>
 <tile id="231">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="chair"/>
  </properties>
 </tile>
 <tile id="232">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bed_top"/>
  </properties>
 </tile>
 <tile id="233">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bed_bottom"/>
  </properties>
 </tile>
 <tile id="234">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="futon_top"/>
  </properties>
 </tile>
 <tile id="235">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="futon_bottom"/>
  </properties>
 </tile>
 <tile id="236">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bookshelf_top"/>
  </properties>
 </tile>
 <tile id="237">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bookshelf_bottom"/>
  </properties>
 </tile>
 <tile id="238">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wardrobe_tl"/>
  </properties>
 </tile>
 <tile id="239">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wardrobe_tr"/>
  </properties>
 </tile>
 <tile id="240">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wardrobe_bl"/>
  </properties>
 </tile>
 <tile id="241">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="wardrobe_br"/>
  </properties>
 </tile>
 <tile id="242">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="stereo_l"/>
  </properties>
 </tile>
 <tile id="243">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="stereo_r"/>
  </properties>
 </tile>
 <tile id="244">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="table_l"/>
  </properties>
 </tile>
 <tile id="245">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="table_r"/>
  </properties>
 </tile>
 <tile id="246">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="low_table"/>
  </properties>
 </tile>
 <tile id="247">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="cushion"/>
  </properties>
 </tile>
 <tile id="248">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="sofa_l"/>
  </properties>
 </tile>
 <tile id="249">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="sofa_m"/>
  </properties>
 </tile>
 <tile id="250">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="sofa_r"/>
  </properties>
 </tile>
 <tile id="251">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="kitchen_sink"/>
  </properties>
 </tile>
 <tile id="252">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="kitchen_stove"/>
  </properties>
 </tile>
 <tile id="253">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="kitchen_counter"/>
  </properties>
 </tile>
 <tile id="254">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="fridge_top"/>
  </properties>
 </tile>
 <tile id="255">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="fridge_bottom"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="plant"/>
  </properties>
 </tile>
 <tile id="257">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="rug_nw"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="rug_n"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="rug_ne"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="rug_sw"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="rug_s"/>
  </properties>
 </tile>
 <tile id="262">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="rug_se"/>
  </properties>
 </tile>
 <tile id="263">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="phone"/>
  </properties>
 </tile>
 <tile id="264">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="filing_cabinet"/>
  </properties>
 </tile>
 <tile id="265">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shoe_shelf"/>
  </properties>
 </tile>
 <tile id="266">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="ball"/>
  </properties>
 </tile>
 <tile id="267">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="laundry_l"/>
  </properties>
 </tile>
 <tile id="268">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="laundry_r"/>
  </properties>
 </tile>
 <tile id="269">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="counter"/>
  </properties>
 </tile>
 <tile id="270">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="counter_bell"/>
  </properties>
 </tile>
 <tile id="271">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="lab_bench_l"/>
  </properties>
 </tile>
 <tile id="272">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="lab_bench_r"/>
  </properties>
 </tile>
 <tile id="273">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="dewar_top"/>
  </properties>
 </tile>
 <tile id="274">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="dewar_bottom"/>
  </properties>
 </tile>
 <tile id="275">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="scar_nw"/>
  </properties>
 </tile>
 <tile id="276">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="scar_ne"/>
  </properties>
 </tile>
 <tile id="277">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="scar_sw"/>
  </properties>
 </tile>
 <tile id="278">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="scar_se"/>
  </properties>
 </tile>
 <tile id="279">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="blackboard_l"/>
  </properties>
 </tile>
 <tile id="280">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="blackboard_r"/>
  </properties>
 </tile>
 <tile id="281">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shelf_fingers_top"/>
  </properties>
 </tile>
 <tile id="282">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shelf_fingers_bottom"/>
  </properties>
 </tile>
 <tile id="283">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shelf_skulls_top"/>
  </properties>
 </tile>
 <tile id="284">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shelf_skulls_bottom"/>
  </properties>
 </tile>
 <tile id="285">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="case_hand"/>
  </properties>
 </tile>
 <tile id="286">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="case_skull"/>
  </properties>
 </tile>
 <tile id="287">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="noh_mask_calm"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="noh_mask_sad"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="cinema_seats"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="screen_l"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="screen_m"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="screen_r"/>
  </properties>
 </tile>
 <tile id="293">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="rope_post"/>
  </properties>
 </tile>
 <tile id="294">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="floor_dark"/>
  </properties>
 </tile>
</tileset>
