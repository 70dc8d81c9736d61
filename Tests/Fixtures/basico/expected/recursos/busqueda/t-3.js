window.LIBRO_BUSQUEDA.recibir("t-3",{"3":[4,[0,1,0,1,5,1,6,10,6,1,7,10,7,1,8,10]]});
