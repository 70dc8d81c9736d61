window.LIBRO_BUSQUEDA.recibir("t-ec",{"economic":[4,[35,1,48,1,1,1,7,1,2,1,5,1,3,1,17,1]]});
