window.LIBRO_BUSQUEDA.recibir("t-si",{"sigl":[1,[8,1,10,1]],"sistem":[4,[0,1,0,1,5,1,6,10,1,1,1,10,1,1,1,11]]});
