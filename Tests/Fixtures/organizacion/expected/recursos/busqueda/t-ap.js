window.LIBRO_BUSQUEDA.recibir("t-ap",{"aparec":[1,[37,1,59,1]],"aplic":[1,[37,1,59,1]],"aport":[4,[5,1,7,1,25,1,36,1,3,1,3,1,17,1,52,1]],"aportar":[1,[40,1,73,1]],"apoyar":[1,[41,1,79,1]]});
