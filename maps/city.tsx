<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="city" tilewidth="16" tileheight="16" tilecount="533" columns="16">
 <image source="../assets/tiles/city.png" width="256" height="544"/>
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
 <tile id="295">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_tobacco_0"/>
  </properties>
 </tile>
 <tile id="296">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_tobacco_1"/>
  </properties>
 </tile>
 <tile id="297">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_tobacco_2"/>
  </properties>
 </tile>
 <tile id="298">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_cafe_0"/>
  </properties>
 </tile>
 <tile id="299">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_cafe_1"/>
  </properties>
 </tile>
 <tile id="300">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_toys_0"/>
  </properties>
 </tile>
 <tile id="301">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_toys_1"/>
  </properties>
 </tile>
 <tile id="302">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_toys_2"/>
  </properties>
 </tile>
 <tile id="303">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_hotel_0"/>
  </properties>
 </tile>
 <tile id="304">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_hotel_1"/>
  </properties>
 </tile>
 <tile id="305">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_hotel_2"/>
  </properties>
 </tile>
 <tile id="306">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_restaurant_0"/>
  </properties>
 </tile>
 <tile id="307">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_restaurant_1"/>
  </properties>
 </tile>
 <tile id="308">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_cinema_0"/>
  </properties>
 </tile>
 <tile id="309">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_cinema_1"/>
  </properties>
 </tile>
 <tile id="310">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_museum_0"/>
  </properties>
 </tile>
 <tile id="311">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_museum_1"/>
  </properties>
 </tile>
 <tile id="312">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_museum_2"/>
  </properties>
 </tile>
 <tile id="313">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_institute_0"/>
  </properties>
 </tile>
 <tile id="314">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_institute_1"/>
  </properties>
 </tile>
 <tile id="315">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_institute_2"/>
  </properties>
 </tile>
 <tile id="316">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_clinic_0"/>
  </properties>
 </tile>
 <tile id="317">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_clinic_1"/>
  </properties>
 </tile>
 <tile id="318">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_hibari_0"/>
  </properties>
 </tile>
 <tile id="319">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_hibari_1"/>
  </properties>
 </tile>
 <tile id="320">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_hibari_2"/>
  </properties>
 </tile>
 <tile id="321">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_house_s_0"/>
  </properties>
 </tile>
 <tile id="322">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_house_s_1"/>
  </properties>
 </tile>
 <tile id="323">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_bath"/>
  </properties>
 </tile>
 <tile id="324">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_tobacco_0"/>
  </properties>
 </tile>
 <tile id="325">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_tobacco_1"/>
  </properties>
 </tile>
 <tile id="326">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_tobacco_2"/>
  </properties>
 </tile>
 <tile id="327">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_cafe_0"/>
  </properties>
 </tile>
 <tile id="328">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_cafe_1"/>
  </properties>
 </tile>
 <tile id="329">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_toys_0"/>
  </properties>
 </tile>
 <tile id="330">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_toys_1"/>
  </properties>
 </tile>
 <tile id="331">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_toys_2"/>
  </properties>
 </tile>
 <tile id="332">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_toys_3"/>
  </properties>
 </tile>
 <tile id="333">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_hotel_0"/>
  </properties>
 </tile>
 <tile id="334">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_hotel_1"/>
  </properties>
 </tile>
 <tile id="335">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_hotel_2"/>
  </properties>
 </tile>
 <tile id="336">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_restaurant_0"/>
  </properties>
 </tile>
 <tile id="337">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_restaurant_1"/>
  </properties>
 </tile>
 <tile id="338">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_cinema_0"/>
  </properties>
 </tile>
 <tile id="339">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_cinema_1"/>
  </properties>
 </tile>
 <tile id="340">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_museum_0"/>
  </properties>
 </tile>
 <tile id="341">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_museum_1"/>
  </properties>
 </tile>
 <tile id="342">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_museum_2"/>
  </properties>
 </tile>
 <tile id="343">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_institute_0"/>
  </properties>
 </tile>
 <tile id="344">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_institute_1"/>
  </properties>
 </tile>
 <tile id="345">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_institute_2"/>
  </properties>
 </tile>
 <tile id="346">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_clinic_0"/>
  </properties>
 </tile>
 <tile id="347">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_clinic_1"/>
  </properties>
 </tile>
 <tile id="348">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_hibari_0"/>
  </properties>
 </tile>
 <tile id="349">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_hibari_1"/>
  </properties>
 </tile>
 <tile id="350">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_hibari_2"/>
  </properties>
 </tile>
 <tile id="351">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_hibari_3"/>
  </properties>
 </tile>
 <tile id="352">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_house_s_0"/>
  </properties>
 </tile>
 <tile id="353">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_house_s_1"/>
  </properties>
 </tile>
 <tile id="354">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_hibari_0"/>
  </properties>
 </tile>
 <tile id="355">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_hibari_1"/>
  </properties>
 </tile>
 <tile id="356">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_hibari_2"/>
  </properties>
 </tile>
 <tile id="357">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_hibari_3"/>
  </properties>
 </tile>
 <tile id="358">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_institute_0"/>
  </properties>
 </tile>
 <tile id="359">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_institute_1"/>
  </properties>
 </tile>
 <tile id="360">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_institute_2"/>
  </properties>
 </tile>
 <tile id="361">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_house_s_0"/>
  </properties>
 </tile>
 <tile id="362">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_house_s_1"/>
  </properties>
 </tile>
 <tile id="363">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_house_s_2"/>
  </properties>
 </tile>
 <tile id="364">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_clinic_0"/>
  </properties>
 </tile>
 <tile id="365">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_clinic_1"/>
  </properties>
 </tile>
 <tile id="366">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_museum_0"/>
  </properties>
 </tile>
 <tile id="367">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="plate_museum_1"/>
  </properties>
 </tile>
 <tile id="368">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="noren_blue"/>
  </properties>
 </tile>
 <tile id="369">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="noren_red"/>
  </properties>
 </tile>
 <tile id="370">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="noren_plum"/>
  </properties>
 </tile>
 <tile id="371">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="noren_teal"/>
  </properties>
 </tile>
 <tile id="372">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="noren_white"/>
  </properties>
 </tile>
 <tile id="373">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="noren_bath"/>
  </properties>
 </tile>
 <tile id="374">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="noren_shokudo_0"/>
  </properties>
 </tile>
 <tile id="375">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="noren_shokudo_1"/>
  </properties>
 </tile>
 <tile id="376">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="kiosk_window_l"/>
  </properties>
 </tile>
 <tile id="377">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="kiosk_window_r"/>
  </properties>
 </tile>
 <tile id="378">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="kiosk_phone"/>
  </properties>
 </tile>
 <tile id="379">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="pole_mid"/>
  </properties>
 </tile>
 <tile id="380">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="pole_mid_ad"/>
  </properties>
 </tile>
 <tile id="381">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="pole_transformer"/>
  </properties>
 </tile>
 <tile id="382">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="wires_h"/>
  </properties>
 </tile>
 <tile id="383">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="wires_v"/>
  </properties>
 </tile>
 <tile id="384">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="wires_diag"/>
  </properties>
 </tile>
 <tile id="385">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bus_nw"/>
  </properties>
 </tile>
 <tile id="386">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bus_n1"/>
  </properties>
 </tile>
 <tile id="387">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bus_n2"/>
  </properties>
 </tile>
 <tile id="388">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bus_ne"/>
  </properties>
 </tile>
 <tile id="389">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bus_sw"/>
  </properties>
 </tile>
 <tile id="390">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bus_s1"/>
  </properties>
 </tile>
 <tile id="391">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bus_s2"/>
  </properties>
 </tile>
 <tile id="392">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bus_se"/>
  </properties>
 </tile>
 <tile id="393">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tram_track_h"/>
  </properties>
 </tile>
 <tile id="394">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tram_track_v"/>
  </properties>
 </tile>
 <tile id="395">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="tram_track_x"/>
  </properties>
 </tile>
 <tile id="396">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="chimney_0"/>
  </properties>
 </tile>
 <tile id="397">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="chimney_1"/>
  </properties>
 </tile>
 <tile id="398">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="chimney_2"/>
  </properties>
 </tile>
 <tile id="399">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="chimney_3"/>
  </properties>
 </tile>
 <tile id="400">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="smoke"/>
  </properties>
 </tile>
 <tile id="401">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="danchi_wall"/>
  </properties>
 </tile>
 <tile id="402">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="danchi_window"/>
  </properties>
 </tile>
 <tile id="403">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="danchi_balcony"/>
  </properties>
 </tile>
 <tile id="404">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="danchi_balcony_laundry"/>
  </properties>
 </tile>
 <tile id="405">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="danchi_balcony_futon"/>
  </properties>
 </tile>
 <tile id="406">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="danchi_stair"/>
  </properties>
 </tile>
 <tile id="407">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="danchi_entrance_top"/>
  </properties>
 </tile>
 <tile id="408">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="danchi_entrance"/>
  </properties>
 </tile>
 <tile id="409">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="danchi_base"/>
  </properties>
 </tile>
 <tile id="410">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="danchi_number"/>
  </properties>
 </tile>
 <tile id="411">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="pots_row"/>
  </properties>
 </tile>
 <tile id="412">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="pots_trellis"/>
  </properties>
 </tile>
 <tile id="413">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bicycle_delivery"/>
  </properties>
 </tile>
 <tile id="414">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="bicycle_parked"/>
  </properties>
 </tile>
 <tile id="415">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="board_fence"/>
  </properties>
 </tile>
 <tile id="416">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="board_fence_v"/>
  </properties>
 </tile>
 <tile id="417">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="stand_nw"/>
  </properties>
 </tile>
 <tile id="418">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="stand_ne"/>
  </properties>
 </tile>
 <tile id="419">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="stand_sw"/>
  </properties>
 </tile>
 <tile id="420">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="stand_se"/>
  </properties>
 </tile>
 <tile id="421">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="gutter_h"/>
  </properties>
 </tile>
 <tile id="422">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="gutter_v"/>
  </properties>
 </tile>
 <tile id="423">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="gutter_slab"/>
  </properties>
 </tile>
 <tile id="424">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="fire_buckets"/>
  </properties>
 </tile>
 <tile id="425">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="rubbish_box"/>
  </properties>
 </tile>
 <tile id="426">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="milk_box"/>
  </properties>
 </tile>
 <tile id="427">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="barrier_l"/>
  </properties>
 </tile>
 <tile id="428">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="barrier_r"/>
  </properties>
 </tile>
 <tile id="429">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="barrier_lamp"/>
  </properties>
 </tile>
 <tile id="430">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="roadworks_pit"/>
  </properties>
 </tile>
 <tile id="431">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="road_arrow_up"/>
  </properties>
 </tile>
 <tile id="432">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="road_arrow_down"/>
  </properties>
 </tile>
 <tile id="433">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="road_arrow_left"/>
  </properties>
 </tile>
 <tile id="434">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="road_arrow_right"/>
  </properties>
 </tile>
 <tile id="435">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="road_sign_left"/>
  </properties>
 </tile>
 <tile id="436">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="road_sign_right"/>
  </properties>
 </tile>
 <tile id="437">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="road_sign_up"/>
  </properties>
 </tile>
 <tile id="438">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_round_nw"/>
  </properties>
 </tile>
 <tile id="439">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_round_ne"/>
  </properties>
 </tile>
 <tile id="440">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_round_sw"/>
  </properties>
 </tile>
 <tile id="441">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="kerb_round_se"/>
  </properties>
 </tile>
 <tile id="442">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="hopscotch_1"/>
  </properties>
 </tile>
 <tile id="443">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="hopscotch_2"/>
  </properties>
 </tile>
 <tile id="444">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="hopscotch_3"/>
  </properties>
 </tile>
 <tile id="445">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="hopscotch_4"/>
  </properties>
 </tile>
 <tile id="446">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="hopscotch_5"/>
  </properties>
 </tile>
 <tile id="447">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="hopscotch_6"/>
  </properties>
 </tile>
 <tile id="448">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="hopscotch_7"/>
  </properties>
 </tile>
 <tile id="449">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="hopscotch_8"/>
  </properties>
 </tile>
 <tile id="450">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="cafe_table_sq"/>
  </properties>
 </tile>
 <tile id="451">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="cafe_chair_down"/>
  </properties>
 </tile>
 <tile id="452">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="cafe_chair_up"/>
  </properties>
 </tile>
 <tile id="453">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="cafe_counter_siphon"/>
  </properties>
 </tile>
 <tile id="454">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="cafe_counter_cups"/>
  </properties>
 </tile>
 <tile id="455">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="cafe_counter_end"/>
  </properties>
 </tile>
 <tile id="456">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="cafe_stool"/>
  </properties>
 </tile>
 <tile id="457">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_window_wide_l"/>
  </properties>
 </tile>
 <tile id="458">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_window_wide_m"/>
  </properties>
 </tile>
 <tile id="459">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="iwall_window_wide_r"/>
  </properties>
 </tile>
 <tile id="460">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="cafe_menu"/>
  </properties>
 </tile>
 <tile id="461">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shokudo_table_l"/>
  </properties>
 </tile>
 <tile id="462">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shokudo_table_r"/>
  </properties>
 </tile>
 <tile id="463">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="shokudo_stool"/>
  </properties>
 </tile>
 <tile id="464">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shokudo_counter_pots"/>
  </properties>
 </tile>
 <tile id="465">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shokudo_counter_bowls"/>
  </properties>
 </tile>
 <tile id="466">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shokudo_counter_plain"/>
  </properties>
 </tile>
 <tile id="467">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shokudo_menu_strips"/>
  </properties>
 </tile>
 <tile id="468">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="sample_case_l"/>
  </properties>
 </tile>
 <tile id="469">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="sample_case_r"/>
  </properties>
 </tile>
 <tile id="470">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="lobby_desk_book"/>
  </properties>
 </tile>
 <tile id="471">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="lobby_desk_plain"/>
  </properties>
 </tile>
 <tile id="472">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="lobby_desk_bell"/>
  </properties>
 </tile>
 <tile id="473">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="key_board_l"/>
  </properties>
 </tile>
 <tile id="474">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="key_board_r"/>
  </properties>
 </tile>
 <tile id="475">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="lobby_armchair"/>
  </properties>
 </tile>
 <tile id="476">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="lobby_palm_top"/>
  </properties>
 </tile>
 <tile id="477">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="lobby_palm_bottom"/>
  </properties>
 </tile>
 <tile id="478">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="floor_checker"/>
  </properties>
 </tile>
 <tile id="479">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tobacco_counter_l"/>
  </properties>
 </tile>
 <tile id="480">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tobacco_counter_m"/>
  </properties>
 </tile>
 <tile id="481">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tobacco_counter_phone"/>
  </properties>
 </tile>
 <tile id="482">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tobacco_counter_till"/>
  </properties>
 </tile>
 <tile id="483">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tobacco_shelf_top"/>
  </properties>
 </tile>
 <tile id="484">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tobacco_shelf_bottom"/>
  </properties>
 </tile>
 <tile id="485">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="toy_shelf_top"/>
  </properties>
 </tile>
 <tile id="486">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="toy_shelf_bottom"/>
  </properties>
 </tile>
 <tile id="487">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="toy_counter_plain"/>
  </properties>
 </tile>
 <tile id="488">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="toy_counter_tops"/>
  </properties>
 </tile>
 <tile id="489">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="toy_case_pistol"/>
  </properties>
 </tile>
 <tile id="490">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="toy_wall_masks"/>
  </properties>
 </tile>
 <tile id="491">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="toy_boxes"/>
  </properties>
 </tile>
 <tile id="492">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="koshi_window"/>
  </properties>
 </tile>
 <tile id="493">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="shutter"/>
  </properties>
 </tile>
 <tile id="494">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="open_front_greens"/>
  </properties>
 </tile>
 <tile id="495">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="open_front_sweets"/>
  </properties>
 </tile>
 <tile id="496">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="open_front_goods"/>
  </properties>
 </tile>
 <tile id="497">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="hisashi_l"/>
  </properties>
 </tile>
 <tile id="498">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="hisashi_m"/>
  </properties>
 </tile>
 <tile id="499">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="hisashi_r"/>
  </properties>
 </tile>
 <tile id="500">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="busv_nw"/>
  </properties>
 </tile>
 <tile id="501">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="busv_ne"/>
  </properties>
 </tile>
 <tile id="502">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="busv_w"/>
  </properties>
 </tile>
 <tile id="503">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="busv_e"/>
  </properties>
 </tile>
 <tile id="504">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="busv_sw"/>
  </properties>
 </tile>
 <tile id="505">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="busv_se"/>
  </properties>
 </tile>
 <tile id="506">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="bus_stop_plate"/>
  </properties>
 </tile>
 <tile id="507">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tram_nw"/>
  </properties>
 </tile>
 <tile id="508">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tram_n1"/>
  </properties>
 </tile>
 <tile id="509">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tram_n2"/>
  </properties>
 </tile>
 <tile id="510">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tram_ne"/>
  </properties>
 </tile>
 <tile id="511">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tram_sw"/>
  </properties>
 </tile>
 <tile id="512">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tram_s1"/>
  </properties>
 </tile>
 <tile id="513">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tram_s2"/>
  </properties>
 </tile>
 <tile id="514">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="tram_se"/>
  </properties>
 </tile>
 <tile id="515">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="car_l"/>
  </properties>
 </tile>
 <tile id="516">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="car_r"/>
  </properties>
 </tile>
 <tile id="517">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="car_v_top"/>
  </properties>
 </tile>
 <tile id="518">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="car_v_bottom"/>
  </properties>
 </tile>
 <tile id="519">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="toy_shelf_b_top"/>
  </properties>
 </tile>
 <tile id="520">
  <properties>
   <property name="collides" type="bool" value="true"/>
   <property name="name" value="toy_shelf_b_bottom"/>
  </properties>
 </tile>
 <tile id="521">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_tobacco_kanji_0"/>
  </properties>
 </tile>
 <tile id="522">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_tobacco_kanji_1"/>
  </properties>
 </tile>
 <tile id="523">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_toys_kanji_0"/>
  </properties>
 </tile>
 <tile id="524">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_toys_kanji_1"/>
  </properties>
 </tile>
 <tile id="525">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_inn_0"/>
  </properties>
 </tile>
 <tile id="526">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_h_inn_1"/>
  </properties>
 </tile>
 <tile id="527">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_tobacco_kanji_0"/>
  </properties>
 </tile>
 <tile id="528">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_tobacco_kanji_1"/>
  </properties>
 </tile>
 <tile id="529">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_toys_kanji_0"/>
  </properties>
 </tile>
 <tile id="530">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_toys_kanji_1"/>
  </properties>
 </tile>
 <tile id="531">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_inn_0"/>
  </properties>
 </tile>
 <tile id="532">
  <properties>
   <property name="collides" type="bool" value="false"/>
   <property name="name" value="jsign_v_inn_1"/>
  </properties>
 </tile>
</tileset>
