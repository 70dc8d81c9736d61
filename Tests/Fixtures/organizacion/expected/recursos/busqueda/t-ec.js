window.LIBRO_BUSQUEDA.recibir("t-ec",{"economic":[4,[35,1,48,1,36,1,55,1,38,1,60,1,41,1,77,1]]});
