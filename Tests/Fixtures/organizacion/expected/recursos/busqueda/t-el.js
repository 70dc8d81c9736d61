window.LIBRO_BUSQUEDA.recibir("t-el",{"elvir":[4,[35,1,50,1,38,1,64,1,40,1,75,1,41,1,78,1]]});
