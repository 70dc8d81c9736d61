window.LIBRO_BUSQUEDA.recibir("t-si",{"sigl":[1,[8,1,10,1]],"sistem":[4,[0,1,0,1,5,1,6,10,6,1,7,10,7,1,8,11]]});
